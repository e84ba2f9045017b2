package de.lokalwillkommen.waitlist;

import de.lokalwillkommen.booking.BookingEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Where places free up: a cancellation, a move (its old place), a re-planned schedule (new rules, a smaller walk-in
 * share). Runs after the booking change has committed; a failure here is logged and never undoes that change; the
 * job offers the place a minute later in any case.
 */
@Component
class BookingListener {

    private static final Logger log = LoggerFactory.getLogger(BookingListener.class);

    private final WaitlistOffers offers;
    private final WaitlistService waitlist;
    private final WaitlistStore store;

    BookingListener(WaitlistOffers offers, WaitlistService waitlist, WaitlistStore store) {
        this.offers = offers;
        this.waitlist = waitlist;
        this.store = store;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BookingEvents.BookingCancelled cancelled) {
        forgetEntriesOf(cancelled.bookingId());
        offers.offerFreePlacesQuietly(cancelled.officeId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BookingEvents.SessionCancelled cancelled) {
        cancelled.bookingIds().forEach(this::forgetEntriesOf);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BookingEvents.BookingMoved moved) {
        offers.offerFreePlacesQuietly(moved.officeId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BookingEvents.PlacesAdded added) {
        offers.offerFreePlacesQuietly(added.officeId());
    }

    /** Waiting for an earlier time than a booking that no longer exists helps nobody: the entry goes. */
    private void forgetEntriesOf(long bookingId) {
        try {
            store.ofBooking(bookingId).forEach(waitlist::erase);
        } catch (RuntimeException e) {
            log.warn("Could not remove the waitlist entry of booking:{}: {}", bookingId, e.toString());
        }
    }
}
