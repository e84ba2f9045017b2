package de.lokalwillkommen.volunteer;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.audit.AuditAction;
import de.lokalwillkommen.base.audit.AuditLog;
import de.lokalwillkommen.base.client.ClientKey;
import de.lokalwillkommen.base.client.ClientKeys;
import de.lokalwillkommen.base.security.OfficeAccess;
import de.lokalwillkommen.base.security.SignedInStaff;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offers of help: registered by volunteers without an account, kept up to date, paused or withdrawn by
 * them through the personal link; reviewed, annotated and merged by staff.
 *
 * <p>Registration is idempotent (the form's attempt key is unique in the database) and slowed down per
 * client. Withdrawal erases the volunteer's personal data at once. Staff see only the volunteers who help
 * in a district of one of their offices or anywhere in the city; ADMIN see all.
 */
@Service
public class VolunteerService {

    /** The personal page's path before the token; {@code volunteer.ui.VolunteerOfferView} has this route. */
    public static final String MANAGE_PATH = "volunteer/offer/";

    private final VolunteerOfferRepository offers;
    private final MatchRepository matches;
    private final InterpretingRepository interpretings;
    private final VolunteerCodes codes;
    private final RegistrationLimiter limiter;
    private final ClientKeys clientKeys;
    private final ServedArea area;
    private final OfficeAccess access;
    private final ApplicationEventPublisher events;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final VolunteerWithdrawalRepository withdrawals;

    VolunteerService(VolunteerOfferRepository offers, MatchRepository matches, InterpretingRepository interpretings,
            VolunteerCodes codes, RegistrationLimiter limiter, ClientKeys clientKeys, ServedArea area, OfficeAccess access,
            ApplicationEventPublisher events, MunicipalityProperties municipality, Clock clock,
            PlatformTransactionManager transactions, AuditLog audit, VolunteerWithdrawalRepository withdrawals) {
        this.audit = audit;
        this.withdrawals = withdrawals;
        this.offers = offers;
        this.matches = matches;
        this.interpretings = interpretings;
        this.codes = codes;
        this.limiter = limiter;
        this.clientKeys = clientKeys;
        this.area = area;
        this.access = access;
        this.events = events;
        this.municipality = municipality;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    public static String managePath(String token) {
        return MANAGE_PATH + token;
    }

    // ---- the volunteer ----

    /** Registers an offer. Refusals are {@link UserFacingException}s with a translation key; nothing is stored then. */
    public OfferDetails register(OfferRequest request) {
        refuseFloods(request);
        String problem = VolunteerRules.problemWith(request, today(), true);
        if (problem != null) {
            throw new UserFacingException(problem);
        }
        Optional<OfferDetails> earlier = byIdempotencyKey(request.idempotencyKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return transaction.execute(status -> {
                VolunteerOffer offer = offers.saveAndFlush(
                        new VolunteerOffer(uniqueReference(), codes.manageToken(), request, now()));
                String token = offer.getManageToken();
                events.publishEvent(new VolunteerEvents.VolunteerOfferRegistered(offer.getId(), offer.getReference(),
                        offer.getUiLanguage(), offer.getEmail(), managePath(token == null ? "" : token)));
                return offer.toDetails();
            });
        } catch (DataIntegrityViolationException duplicate) {
            // The same submit raced itself (a double tap): the first one is the offer.
            return byIdempotencyKey(request.idempotencyKey()).orElseThrow(() -> duplicate);
        }
    }

    /** Whether this client address has used half of its attempts: its proof of work costs more now. */
    public boolean unusualLoad(@Nullable String clientAddress) {
        ClientKey client = clientKeys.of(clientAddress);
        return client != null && limiter.isBusy(client);
    }

    private void refuseFloods(OfferRequest request) {
        ClientKey client = clientKeys.of(request.clientKey());
        if (client != null && !limiter.tryAcquire(client)) {
            throw new UserFacingException("volunteer.error.tooManyAttempts");
        }
    }

    /** The offer behind a personal link. Unknown or withdrawn links find nothing and reveal nothing. */
    @Transactional(readOnly = true)
    public Optional<OfferDetails> findByToken(String token) {
        return offers.findByManageToken(token).map(VolunteerOffer::toDetails);
    }

    /** The day the offer behind a personal link was withdrawn, if it was (the link then finds no offer). */
    @Transactional(readOnly = true)
    public Optional<LocalDate> withdrawnOn(String token) {
        return withdrawals.findById(VolunteerWithdrawal.hash(token)).map(VolunteerWithdrawal::getWithdrawnOn);
    }

    /** The volunteer changes their offer through the personal link. */
    @Transactional
    public OfferDetails updateByToken(String token, OfferRequest request) {
        refuseFloods(request);
        VolunteerOffer offer = byToken(token);
        if (!offer.getStatus().isOpen()) {
            throw new UserFacingException("volunteer.error.ended");
        }
        String problem = VolunteerRules.problemWith(request, today(), false);
        if (problem != null) {
            throw new UserFacingException(problem);
        }
        offer.apply(request, now());
        events.publishEvent(new VolunteerEvents.VolunteerOfferUpdated(offer.getId()));
        return offer.toDetails();
    }

    /** The volunteer takes a break; only an active offer can be paused (before, staff are still talking to them). */
    @Transactional
    public OfferDetails pauseByToken(String token) {
        VolunteerOffer offer = byToken(token);
        if (offer.getStatus() != VolunteerStatus.ACTIVE) {
            throw new UserFacingException("volunteer.error.notActive");
        }
        return move(offer, VolunteerStatus.PAUSED, true);
    }

    /** The volunteer is back; only a pause they took themselves can they end themselves. */
    @Transactional
    public OfferDetails resumeByToken(String token) {
        VolunteerOffer offer = byToken(token);
        if (offer.getStatus() != VolunteerStatus.PAUSED || !offer.isPausedByVolunteer()) {
            throw new UserFacingException("volunteer.error.notPausedByYou");
        }
        return move(offer, VolunteerStatus.ACTIVE, true);
    }

    /**
     * The volunteer withdraws: the offer leaves the pool, and name, contact, languages, times, message and
     * staff notes are erased at once. The link then says only that (a tombstone of the token's hash and the day,
     * see {@link VolunteerWithdrawal}). What remains (help types, districts, dates)
     * counts in the figures and says nothing about the person.
     */
    @Transactional
    public void withdrawByToken(String token) {
        VolunteerOffer offer = byToken(token);
        VolunteerStatus before = offer.getStatus();
        offer.changeStatus(VolunteerStatus.WITHDRAWN, true, now());
        offer.erasePersonalData(now());
        withdrawals.save(new VolunteerWithdrawal(token, today()));
        matches.findByOfferIdOrderByStartsOn(offer.getId()).stream().filter(m -> m.getStatus() == MatchStatus.ACTIVE)
                .forEach(m -> m.end(today(), now()));
        events.publishEvent(new VolunteerEvents.VolunteerStatusChanged(offer.getId(), before,
                VolunteerStatus.WITHDRAWN, true));
        events.publishEvent(new VolunteerEvents.VolunteerOfferWithdrawn(offer.getId()));
    }

    // ---- staff ----

    /** The record type in the audit log. */
    static final String RECORD = "volunteer";

    /** The review queue: the offers the signed-in staff member may see that pass the filter, new ones first. */
    @Transactional(readOnly = true)
    public List<OfferDetails> queue(QueueFilter filter) {
        Predicate<VolunteerOffer> visible = area.visibility(staff());
        Map<Long, Set<Long>> districtsByOffice = area.districtsByOffice();
        if (filter.officeId() != null && !staff().mayActFor(filter.officeId())) {
            throw new AccessDeniedException("no access to this office");
        }
        List<OfferDetails> shown = offers.findAllNotErased().stream().filter(visible).map(VolunteerOffer::toDetails)
                .filter(o -> filter.accepts(o, id -> districtsByOffice.getOrDefault(id, Set.of())))
                .sorted(Comparator.comparing((OfferDetails o) -> o.status() != VolunteerStatus.NEW)
                        .thenComparing(OfferDetails::createdAt, Comparator.reverseOrder()))
                .toList();
        audit.viewed(RECORD, shown.stream().map(OfferDetails::id).toList(), filter.officeId());
        return shown;
    }

    @Transactional(readOnly = true)
    public OfferDetails offer(long id) {
        OfferDetails shown = visibleOffer(id).toDetails();
        audit.viewed(RECORD, List.of(id), null);
        return shown;
    }

    /** Moves an offer along its review; only the transitions of {@link VolunteerStatus#next()} are allowed. */
    @Transactional
    public OfferDetails changeStatus(long id, VolunteerStatus target) {
        VolunteerOffer offer = visibleOffer(id);
        if (!offer.getStatus().mayBecome(target)) {
            throw new UserFacingException("volunteer.error.transition");
        }
        if (target == VolunteerStatus.ACTIVE && offer.getHelpTypes().stream().anyMatch(HelpType::alwaysWithChildren)
                && offer.getCertificateSeenOn() == null) {
            throw new UserFacingException("volunteer.error.certificateFirst");
        }
        if (target == VolunteerStatus.ENDED) {
            matches.findByOfferIdOrderByStartsOn(offer.getId()).stream()
                    .filter(m -> m.getStatus() == MatchStatus.ACTIVE).forEach(m -> m.end(today(), now()));
        }
        audit.changed(AuditAction.CHANGE, RECORD, id, null, "status " + target);
        return move(offer, target, false);
    }

    @Transactional
    public OfferDetails addNote(long id, String body) {
        if (body.isBlank() || body.strip().length() > VolunteerRules.NOTE_MAX) {
            throw new UserFacingException("volunteer.error.note");
        }
        VolunteerOffer offer = visibleOffer(id);
        if (offer.isErased()) {
            throw new UserFacingException("error.notFound");
        }
        offer.addNote(body.strip(), staff().displayName(), now());
        audit.changed(AuditAction.CHANGE, RECORD, id, null, "note added");
        return offer.toDetails();
    }

    /** Records the day staff saw the extended certificate of good conduct (null: not seen, e.g. entered by mistake). */
    @Transactional
    public OfferDetails certificateSeen(long id, @Nullable LocalDate on) {
        if (on != null && on.isAfter(today())) {
            throw new UserFacingException("volunteer.error.certificateDate");
        }
        VolunteerOffer offer = visibleOffer(id);
        offer.certificateSeen(on, now());
        audit.changed(AuditAction.CHANGE, RECORD, id, null, on == null ? "certificate unset" : "certificate seen");
        return offer.toDetails();
    }

    /** Other registrations with the same e-mail address or phone number that this staff member may see. */
    @Transactional(readOnly = true)
    public List<OfferDetails> duplicatesOf(long id) {
        VolunteerOffer offer = visibleOffer(id);
        Predicate<VolunteerOffer> visible = area.visibility(staff());
        Map<Long, VolunteerOffer> found = new LinkedHashMap<>();
        if (offer.getEmail() != null) {
            offers.findByEmailAndErasedAtIsNull(offer.getEmail()).forEach(o -> found.put(o.getId(), o));
        }
        if (offer.getPhone() != null) {
            offers.findByPhoneAndErasedAtIsNull(offer.getPhone()).forEach(o -> found.put(o.getId(), o));
        }
        found.remove(offer.getId());
        List<OfferDetails> shown = found.values().stream().filter(visible).map(VolunteerOffer::toDetails)
                .sorted(Comparator.comparing(OfferDetails::createdAt)).toList();
        audit.viewed(RECORD, shown.stream().map(OfferDetails::id).toList(), null);
        return shown;
    }

    /**
     * Merges a duplicate registration into the offer to keep: the kept offer takes in what the other offers,
     * speaks, serves and when, its notes and missing contact details; matches and interpreter assignments
     * move over; the duplicate is deleted (its personal link stops working).
     */
    @Transactional
    public OfferDetails merge(long keepId, long duplicateId) {
        if (keepId == duplicateId) {
            throw new UserFacingException("volunteer.error.mergeSelf");
        }
        VolunteerOffer keep = visibleOffer(keepId);
        VolunteerOffer duplicate = visibleOffer(duplicateId);
        boolean sameContact = (keep.getEmail() != null && keep.getEmail().equals(duplicate.getEmail()))
                || (keep.getPhone() != null && keep.getPhone().equals(duplicate.getPhone()));
        if (!sameContact || keep.isErased() || duplicate.isErased()) {
            throw new UserFacingException("volunteer.error.notDuplicate");
        }
        keep.absorb(duplicate, now());
        for (Match match : matches.findByOfferIdOrderByStartsOn(duplicate.getId())) {
            if (matches.findByNeedIdAndOfferId(match.getNeedId(), keep.getId()).isEmpty()) {
                match.reassignTo(keep.getId());
            } else {
                matches.delete(match);
            }
        }
        interpretings.findByOfferId(duplicate.getId()).forEach(i -> i.reassignTo(keep.getId()));
        matches.flush();
        interpretings.flush();
        offers.delete(duplicate);
        try {
            offers.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException("error.changedMeanwhile");
        }
        events.publishEvent(new VolunteerEvents.VolunteerOffersMerged(keep.getId(), duplicateId));
        audit.changed(AuditAction.CHANGE, RECORD, keepId, null, "merged with " + duplicateId);
        audit.changed(AuditAction.DELETE, RECORD, duplicateId, null, "merged into " + keepId);
        return keep.toDetails();
    }

    /** The matches a volunteer is or was in, for their page in the queue. */
    @Transactional(readOnly = true)
    public List<MatchDetails> matchesOf(long offerId) {
        VolunteerOffer offer = visibleOffer(offerId);
        audit.viewed(RECORD, List.of(offerId), null);
        return matches.findByOfferIdOrderByStartsOn(offerId).stream()
                .map(m -> m.toDetails(offer.getReference(), offer.getName())).toList();
    }

    // ---- shared ----

    VolunteerOffer visibleOffer(long id) {
        VolunteerOffer offer = offers.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!area.visibility(staff()).test(offer)) {
            throw new AccessDeniedException("this volunteer does not serve your offices");
        }
        return offer;
    }

    private OfferDetails move(VolunteerOffer offer, VolunteerStatus target, boolean byVolunteer) {
        VolunteerStatus before = offer.getStatus();
        offer.changeStatus(target, byVolunteer, now());
        events.publishEvent(new VolunteerEvents.VolunteerStatusChanged(offer.getId(), before, target, byVolunteer));
        return offer.toDetails();
    }

    private VolunteerOffer byToken(String token) {
        return offers.findByManageToken(token).orElseThrow(() -> new UserFacingException("volunteer.error.link"));
    }

    private Optional<OfferDetails> byIdempotencyKey(@Nullable String key) {
        if (key == null) {
            return Optional.empty();
        }
        return transaction.execute(status -> offers.findByIdempotencyKey(key).map(VolunteerOffer::toDetails));
    }

    private String uniqueReference() {
        String reference = codes.reference();
        while (offers.existsByReference(reference)) {
            reference = codes.reference();
        }
        return reference;
    }

    private SignedInStaff staff() {
        return access.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    private LocalDateTime now() {
        return municipality.now(clock);
    }

    private LocalDate today() {
        return now().toLocalDate();
    }
}
