package de.lokalwillkommen.volunteer;

import de.lokalwillkommen.base.audit.AuditLog;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.security.OfficeAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Needs that came up in consultations, ranked suggestions of volunteers for them, and confirmed matches.
 * Everything belongs to an office: staff act only for their own offices, and the candidates for a need
 * are the active volunteers who serve its office.
 */
@Service
public class MatchingService {

    /** How many suggestions a need shows at most. */
    static final int SUGGESTIONS = 20;

    private final NeedRepository needs;
    private final MatchRepository matches;
    private final VolunteerOfferRepository offers;
    private final ServedArea area;
    private final OfficeAccess access;
    private final ApplicationEventPublisher events;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final AuditLog audit;

    MatchingService(NeedRepository needs, MatchRepository matches, VolunteerOfferRepository offers, ServedArea area,
            OfficeAccess access, ApplicationEventPublisher events, MunicipalityProperties municipality, Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.needs = needs;
        this.matches = matches;
        this.offers = offers;
        this.area = area;
        this.access = access;
        this.events = events;
        this.municipality = municipality;
        this.clock = clock;
    }

    // ---- needs ----

    @Transactional
    public NeedDetails recordNeed(NeedRequest request) {
        access.requireOffice(request.officeId());
        if (request.description().isBlank() || request.description().strip().length() > VolunteerRules.NEED_DESCRIPTION_MAX) {
            throw new UserFacingException("volunteer.error.description");
        }
        if (request.languages().size() > VolunteerRules.LANGUAGES_MAX
                || !request.languages().stream().allMatch(VolunteerRules::isLanguageCode)) {
            throw new UserFacingException("validation.invalidForm");
        }
        if (request.districtId() != null && !area.districtsOf(request.officeId()).contains(request.districtId())) {
            throw new UserFacingException("volunteer.error.needDistrict");
        }
        Need need = needs.save(new Need(request, now()));
        events.publishEvent(new VolunteerEvents.NeedRecorded(need.getId(), need.getOfficeId(), request.helpType()));
        return need.toDetails();
    }

    /** An office's needs, newest first; open ones before matched and closed ones. */
    @Transactional(readOnly = true)
    public List<NeedDetails> needs(long officeId) {
        access.requireOffice(officeId);
        return needs.findByOfficeIdOrderByCreatedAtDesc(officeId).stream().map(Need::toDetails)
                .sorted(java.util.Comparator.comparing(NeedDetails::status)).toList();
    }

    @Transactional(readOnly = true)
    public NeedDetails need(long needId) {
        return staffNeed(needId).toDetails();
    }

    /** The need no longer exists (solved otherwise, family moved): it leaves the list of open needs. */
    @Transactional
    public NeedDetails closeNeed(long needId) {
        Need need = staffNeed(needId);
        need.mark(NeedStatus.CLOSED, now());
        return need.toDetails();
    }

    @Transactional
    public NeedDetails reopenNeed(long needId) {
        Need need = staffNeed(needId);
        boolean matched = matches.findByNeedIdOrderByStartsOn(needId).stream()
                .anyMatch(m -> m.getStatus() == MatchStatus.ACTIVE);
        need.mark(matched ? NeedStatus.MATCHED : NeedStatus.OPEN, now());
        return need.toDetails();
    }

    // ---- matching ----

    /** Active volunteers serving the need's office, ranked, at most {@value #SUGGESTIONS}; matched ones are left out. */
    @Transactional(readOnly = true)
    public List<Candidate> suggestions(long needId) {
        NeedDetails need = staffNeed(needId).toDetails();
        Set<Long> alreadyMatched = matches.findByNeedIdOrderByStartsOn(needId).stream().map(Match::getOfferId)
                .collect(Collectors.toSet());
        MatchCriteria criteria = new MatchCriteria(need.helpType(), need.districtId(), area.districtsOf(need.officeId()),
                need.languages(), need.times(), need.involvesMinors(), today());
        List<Candidate> shown = rank(criteria, need.officeId(), alreadyMatched).stream().limit(SUGGESTIONS).toList();
        // Suggestions show volunteers' names: a view of their personal data like the volunteer list.
        audit.viewed(VolunteerService.RECORD, shown.stream().map(Candidate::offerId).toList(), need.officeId());
        return shown;
    }

    /** Ranks the active volunteers serving an office for the criteria (also for interpreters of bookings). */
    List<Candidate> rank(MatchCriteria criteria, long officeId, Set<Long> leaveOut) {
        LocalDate today = today();
        List<OfferDetails> pool = offers.findAllNotErased().stream()
                .filter(o -> o.getStatus() == VolunteerStatus.ACTIVE && !leaveOut.contains(o.getId()))
                .filter(o -> ServedArea.serves(o.isWholeCity(), o.getDistrictIds(), criteria.officeDistricts()))
                .map(VolunteerOffer::toDetails)
                .filter(o -> o.availableUntil() == null || !o.availableUntil().isBefore(today))
                .toList();
        Map<Long, Integer> busy = matches.findByOfferIdInAndStatus(pool.stream().map(OfferDetails::id).toList(),
                MatchStatus.ACTIVE).stream().collect(Collectors.groupingBy(Match::getOfferId,
                        Collectors.collectingAndThen(Collectors.counting(), Long::intValue)));
        return Matcher.rank(criteria, pool, busy);
    }

    /**
     * Confirms a volunteer for a need, with start, optional end and a follow-up date. The volunteer must be
     * active and serve the need's office; help for children needs the certificate of good conduct seen.
     */
    @Transactional
    public MatchDetails confirm(long needId, long offerId, LocalDate startsOn, @Nullable LocalDate endsOn,
            @Nullable LocalDate followUpOn) {
        Need need = staffNeed(needId);
        NeedDetails details = need.toDetails();
        if (details.status() == NeedStatus.CLOSED) {
            throw new UserFacingException("volunteer.error.needClosed");
        }
        if ((endsOn != null && endsOn.isBefore(startsOn)) || (followUpOn != null && followUpOn.isBefore(startsOn))
                || startsOn.isBefore(today().minusDays(30))) {
            throw new UserFacingException("volunteer.error.matchDates");
        }
        VolunteerOffer offer = offers.findById(offerId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (offer.getStatus() != VolunteerStatus.ACTIVE
                || !ServedArea.serves(offer.isWholeCity(), offer.getDistrictIds(), area.districtsOf(need.getOfficeId()))) {
            throw new UserFacingException("volunteer.error.notMatchable");
        }
        if (details.involvesMinors() && offer.getCertificateSeenOn() == null) {
            throw new UserFacingException("volunteer.error.certificateFirst");
        }
        if (matches.findByNeedIdAndOfferId(needId, offerId).isPresent()) {
            throw new UserFacingException("volunteer.error.alreadyMatched");
        }
        Match match = matches.save(new Match(needId, offerId, startsOn, endsOn, followUpOn, now()));
        need.mark(NeedStatus.MATCHED, now());
        offer.touch(now());
        events.publishEvent(new VolunteerEvents.MatchConfirmed(match.getId(), needId, offerId, need.getOfficeId(),
                startsOn, followUpOn));
        return match.toDetails(offer.getReference(), offer.getName());
    }

    /** Ends a match (it went well and is over, or it did not work out); the need opens again if none is left. */
    @Transactional
    public MatchDetails endMatch(long matchId) {
        Match match = matches.findById(matchId).orElseThrow(() -> new UserFacingException("error.notFound"));
        Need need = staffNeed(match.getNeedId());
        match.end(today(), now());
        if (need.getStatus() == NeedStatus.MATCHED && matches.findByNeedIdOrderByStartsOn(need.getId()).stream()
                .noneMatch(m -> m.getStatus() == MatchStatus.ACTIVE)) {
            need.mark(NeedStatus.OPEN, now());
        }
        events.publishEvent(new VolunteerEvents.MatchEnded(match.getId(), need.getId(), match.getOfferId()));
        return details(match);
    }

    @Transactional(readOnly = true)
    public List<MatchDetails> matchesOf(long needId) {
        Need need = staffNeed(needId);
        List<MatchDetails> shown = matches.findByNeedIdOrderByStartsOn(needId).stream().map(this::details).toList();
        audit.viewed(VolunteerService.RECORD, shown.stream().map(MatchDetails::offerId).toList(), need.getOfficeId());
        return shown;
    }

    private MatchDetails details(Match match) {
        VolunteerOffer offer = offers.findById(match.getOfferId()).orElseThrow();
        return match.toDetails(offer.getReference(), offer.getName());
    }

    private Need staffNeed(long needId) {
        Need need = needs.findById(needId).orElseThrow(() -> new UserFacingException("error.notFound"));
        access.requireOffice(need.getOfficeId());
        return need;
    }

    private LocalDateTime now() {
        return municipality.now(clock);
    }

    private LocalDate today() {
        return now().toLocalDate();
    }
}
