package de.lokalwillkommen.waitlist;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.BookingStatus;
import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.HeldPlaces;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who gets a freed place: the entries of the office in the order they joined, each the earliest free place that fits
 * it and that it was not offered before. Each offer is its own transaction: the entry is claimed (one open offer at
 * a time, at most {@code maxOffers}), the place held, the offer written, or nothing at all.
 */
@Service
public class WaitlistOffers {

    private static final Logger log = LoggerFactory.getLogger(WaitlistOffers.class);

    private final WaitlistStore store;
    private final HeldPlaces places;
    private final BookingService bookings;
    private final WaitlistProperties properties;
    private final ApplicationEventPublisher events;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    WaitlistOffers(WaitlistStore store, HeldPlaces places, BookingService bookings, WaitlistProperties properties,
            ApplicationEventPublisher events, MunicipalityProperties municipality, Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.places = places;
        this.bookings = bookings;
        this.properties = properties;
        this.events = events;
        this.municipality = municipality;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Offers the office's free places to the people waiting for them; returns how many offers were made. */
    public int offerFreePlaces(long officeId) {
        LocalDateTime now = municipality.now(clock);
        int made = 0;
        for (WaitlistEntry entry : store.waiting(officeId, now.toLocalDate(), properties.maxOffers())) {
            if (Boolean.TRUE.equals(ownTransaction.execute(status -> {
                boolean offered = offerOne(entry, now);
                if (!offered) {
                    status.setRollbackOnly();
                }
                return offered;
            }))) {
                made++;
            }
        }
        return made;
    }

    private boolean offerOne(WaitlistEntry entry, LocalDateTime now) {
        LocalDateTime before = before(entry);
        if (before == null || !store.claimOffer(entry.id(), properties.maxOffers())) {
            return false;
        }
        Optional<FreeSlot> held = places.holdEarliest(entry.officeId(), before, entry.language(), entry.interpreter(),
                store.slotsOffered(entry.id()));
        if (held.isEmpty()) {
            return false;
        }
        LocalDateTime holdUntil = now.plus(properties.holdFor());
        if (holdUntil.isAfter(held.get().start())) {
            holdUntil = held.get().start();
        }
        store.insertOffer(entry.id(), held.get(), holdUntil, now);
        events.publishEvent(new WaitlistEvents.OfferMade(entry.id(), entry.officeId(), held.get().start(), holdUntil,
                entry.language()));
        return true;
    }

    /** Until when a place helps the entry: before its own booking, or by the end of its last useful day. */
    private @Nullable LocalDateTime before(WaitlistEntry entry) {
        if (entry.bookingId() == null) {
            return entry.lastDate().plusDays(1).atStartOfDay();
        }
        return bookings.forNotice(entry.bookingId()).filter(b -> b.status() == BookingStatus.BOOKED)
                .map(BookingDetails::start).orElse(null);
    }

    /** Ends the holds that ran out, gives their places back and offers them on; returns how many ended. */
    public int endExpiredHolds() {
        LocalDateTime now = municipality.now(clock);
        Set<Long> offices = new LinkedHashSet<>();
        int ended = 0;
        for (WaitlistStore.Expired expired : store.expiredOffers(now)) {
            if (Boolean.TRUE.equals(ownTransaction.execute(status -> endOffer(expired.offerId(), expired.entryId(),
                    expired.slotId(), expired.officeId(), expired.slotStart(), WaitlistEntry.Status.EXPIRED, now)))) {
                ended++;
                offices.add(expired.officeId());
            }
        }
        offices.forEach(this::offerFreePlacesQuietly);
        return ended;
    }

    /** Ends an open offer and gives its place back; false when it had already ended. Runs in the caller's transaction. */
    boolean endOffer(long offerId, long entryId, long slotId, long officeId, LocalDateTime slotStart,
            WaitlistEntry.Status how, LocalDateTime now) {
        if (!store.end(offerId, how, now)) {
            return false;
        }
        places.release(slotId);
        store.reopen(entryId);
        if (how != WaitlistEntry.Status.WITHDRAWN) {
            events.publishEvent(new WaitlistEvents.OfferEnded(entryId, officeId, slotStart,
                    how == WaitlistEntry.Status.EXPIRED));
        }
        return true;
    }

    /** Offers for every office with people waiting: the safety net behind the events. */
    public int offerEverywhere() {
        int made = 0;
        for (long officeId : store.officesWithWaiting(municipality.now(clock).toLocalDate(), properties.maxOffers())) {
            made += offerFreePlacesQuietly(officeId);
        }
        return made;
    }

    /** For listeners and jobs: a failure is logged, never thrown at the cancellation or job that caused it. */
    int offerFreePlacesQuietly(long officeId) {
        try {
            return offerFreePlaces(officeId);
        } catch (RuntimeException e) {
            log.warn("Could not offer free places of office:{}: {}", officeId, e.toString());
            return 0;
        }
    }
}
