package de.lokalwillkommen.waitlist;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.PlainText;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.client.ClientKey;
import de.lokalwillkommen.base.client.ClientKeys;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.BookingRules;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.HeldPlaces;
import de.lokalwillkommen.office.OfficeService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The newcomer's side of the waitlist, without an account: join, see the entry and its offer through the personal
 * waitlist link, confirm or decline an offer, leave. Refusals are {@link UserFacingException}s with translation keys.
 */
@Service
public class WaitlistService {

    /** How many next free times a "just taken" shows. */
    static final int ALTERNATIVES = 6;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WaitlistStore store;
    private final WaitlistOffers offers;
    private final HeldPlaces places;
    private final BookingService bookings;
    private final OfficeService offices;
    private final JoinLimiter limiter;
    private final ClientKeys clientKeys;
    private final WaitlistProperties properties;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final TransactionTemplate transaction;

    WaitlistService(WaitlistStore store, WaitlistOffers offers, HeldPlaces places, BookingService bookings,
            OfficeService offices, JoinLimiter limiter, ClientKeys clientKeys, WaitlistProperties properties,
            org.springframework.context.ApplicationEventPublisher events, MunicipalityProperties municipality,
            Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.offers = offers;
        this.places = places;
        this.bookings = bookings;
        this.offices = offices;
        this.limiter = limiter;
        this.clientKeys = clientKeys;
        this.properties = properties;
        this.events = events;
        this.municipality = municipality;
        this.clock = clock;
        // Its own transaction always: listeners call in after the booking's transaction committed, and the offers
        // made afterwards must not wait for a lock this transaction still holds.
        this.transaction = new TransactionTemplate(transactions);
        transaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Joins the waitlist; returns the entry (with an offer at once if a fitting place is free). */
    public WaitlistEntry join(WaitlistRequest request) {
        ClientKey client = clientKeys.of(request.clientKey());
        if (client != null && !limiter.tryAcquire(client)) {
            throw new UserFacingException("booking.error.tooManyAttempts");
        }
        WaitlistRequest checked = checked(request);
        Long bookingId = checked.bookingToken() == null ? null
                : bookings.findByToken(checked.bookingToken()).map(BookingDetails::id).orElseThrow();
        if (bookingId != null) {
            Optional<WaitlistEntry> already = store.ofBooking(bookingId).stream().findFirst();
            if (already.isPresent()) {
                return already.get();
            }
        }
        long entryId = transaction.execute(status -> {
            LocalDateTime now = now();
            long demandId = store.insertDemand(checked.officeId(), checked.topic(), checked.language(), now);
            long id = store.insertEntry(checked, bookingId, token(), demandId, now);
            events.publishEvent(new WaitlistEvents.Joined(id, checked.officeId(), checked.language()));
            return id;
        });
        offers.offerFreePlacesQuietly(checked.officeId());
        return store.byId(entryId).orElseThrow();
    }

    /** The request as it will be stored, or a refusal; an existing booking's own details win over what was sent. */
    private WaitlistRequest checked(WaitlistRequest request) {
        String email = request.email() == null || request.email().isBlank() ? null
                : request.email().strip().toLowerCase(Locale.ROOT);
        if (PlainText.hasControlCharacters(request.email(), request.language())) {
            throw new UserFacingException(PlainText.PROBLEM);
        }
        if (!BookingRules.isOptionalEmail(email)) {
            throw new UserFacingException("booking.error.email");
        }
        if (request.bookingToken() != null) {
            BookingDetails booking = bookings.findByToken(request.bookingToken())
                    .filter(b -> b.isActive() && b.start().isAfter(now()))
                    .orElseThrow(() -> new UserFacingException("booking.error.notActive"));
            return new WaitlistRequest(booking.officeId(), booking.topic(), booking.language(), booking.interpreter(),
                    booking.persons(), booking.start().toLocalDate(), email, request.bookingToken(), null);
        }
        if (!BookingRules.isPersons(request.persons())) {
            throw new UserFacingException("booking.error.persons");
        }
        if (request.language().isBlank() || request.language().length() > 10) {
            throw new UserFacingException("validation.invalidForm");
        }
        LocalDate today = now().toLocalDate();
        if (request.lastDate().isBefore(today) || request.lastDate().isAfter(today.plusDays(properties.maxDays()))) {
            throw new UserFacingException("waitlist.error.lastDate", properties.maxDays());
        }
        if (offices.findById(request.officeId()).isEmpty()) {
            throw new UserFacingException("error.notFound");
        }
        return new WaitlistRequest(request.officeId(), request.topic(), request.language(), request.interpreter(),
                request.persons(), request.lastDate(), email, null, null);
    }

    /** The entry behind a personal waitlist link; empty for unknown, left or fulfilled entries. */
    public Optional<WaitlistEntry> findByToken(String token) {
        return store.byToken(token);
    }

    /**
     * Takes the offered place. The first confirmation of a hold that still runs wins; any other (a second tap, a
     * hold that ran out a moment ago, a cancelled session) is an {@link OfferGoneException} with the next free times,
     * never a second booking. Returns the booking: a new one, or the existing booking moved to the earlier time.
     */
    public BookingDetails confirm(String token, long offerId, Confirmation confirmation) {
        WaitlistEntry entry = store.byToken(token).orElseThrow(() -> new UserFacingException("waitlist.error.link"));
        WaitlistEntry.Offer offer = entry.offers().stream().filter(o -> o.id() == offerId).findFirst()
                .orElseThrow(() -> new UserFacingException("waitlist.error.link"));
        BookingDetails booked;
        try {
            booked = transaction.execute(status -> {
                LocalDateTime now = now();
                if (!store.confirm(offerId, now)) {
                    throw new OfferGoneException(java.util.List.of());
                }
                BookingDetails result = entry.bookingId() != null
                        ? places.moveIntoHeld(entry.bookingId(), offer.slotId())
                        : places.bookHeld(offer.slotId(), new BookingRequest(offer.slotId(), entry.topic(),
                                entry.language(), entry.interpreter(), entry.persons(), confirmation.name(),
                                confirmation.phone(), entry.email(), confirmation.consent(), null,
                                "waitlist-offer-" + offerId, null, null));
                store.served(entry.id(), now);
                store.delete(entry.id());
                events.publishEvent(new WaitlistEvents.OfferConfirmed(entry.id(), entry.officeId(), result.id(),
                        result.start()));
                return result;
            });
        } catch (OfferGoneException gone) {
            throw new OfferGoneException(bookings.freeSlots(entry.officeId(), ALTERNATIVES));
        } catch (UserFacingException refused) {
            if ("booking.error.taken".equals(refused.messageKey())) {
                throw new OfferGoneException(bookings.freeSlots(entry.officeId(), ALTERNATIVES));
            }
            throw refused;
        }
        return java.util.Objects.requireNonNull(booked);
    }

    /** Declines the offer: the place goes to the next person; the entry keeps waiting (if it has offers left). */
    public void decline(String token, long offerId) {
        WaitlistEntry entry = store.byToken(token).orElseThrow(() -> new UserFacingException("waitlist.error.link"));
        WaitlistEntry.Offer offer = entry.offers().stream().filter(o -> o.id() == offerId).findFirst()
                .orElseThrow(() -> new UserFacingException("waitlist.error.link"));
        transaction.executeWithoutResult(status -> offers.endOffer(offerId, entry.id(), offer.slotId(),
                entry.officeId(), offer.start(), WaitlistEntry.Status.DECLINED, now()));
        offers.offerFreePlacesQuietly(entry.officeId());
    }

    /** Leaves the waitlist: the entry (and its e-mail address) is erased at once; a held place is given back. */
    public void leave(String token) {
        store.byToken(token).ifPresent(this::erase);
    }

    /** Erases an entry and gives back a place it holds. Also for staff, retention and a cancelled booking. */
    void erase(WaitlistEntry entry) {
        transaction.executeWithoutResult(status -> {
            WaitlistEntry.Offer open = entry.openOffer();
            if (open != null) {
                offers.endOffer(open.id(), entry.id(), open.slotId(), entry.officeId(), open.start(),
                        WaitlistEntry.Status.WITHDRAWN, now());
            }
            store.delete(entry.id());
        });
        if (entry.openOffer() != null) {
            offers.offerFreePlacesQuietly(entry.officeId());
        }
    }

    /** The entry for a notice (mail, push): no access check, only the system's notices call this, never a view. */
    public Optional<WaitlistEntry> forNotice(long entryId) {
        return store.byId(entryId);
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private LocalDateTime now() {
        return municipality.now(clock);
    }
}
