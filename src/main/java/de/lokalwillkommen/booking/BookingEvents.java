package de.lokalwillkommen.booking;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the booking feature tells the others (notifications, figures). They carry ids and times only:
 * a listener that needs personal data asks the booking service, which checks access.
 */
public final class BookingEvents {

    private BookingEvents() {
    }

    public record BookingConfirmed(long bookingId, long officeId, LocalDateTime start, String language,
            Channel channel) {
    }

    public record BookingCancelled(long bookingId, long officeId, LocalDateTime start, boolean byStaff) {
    }

    /** {@code byStaff}: moved in the agenda (the owner is told by mail), not by the owner through the link. */
    public record BookingMoved(long bookingId, long officeId, LocalDateTime from, LocalDateTime to, boolean byStaff) {
    }

    public record SessionCancelled(long slotId, long officeId, LocalDateTime start, List<Long> bookingIds,
            String reason) {
    }

    /**
     * The office's schedule was planned again (a new or changed rule, a smaller walk-in share, a closure lifted, the
     * nightly horizon): there may be new free places. The waitlist listens to offer them.
     */
    public record PlacesAdded(long officeId) {
    }

    /** The office's online booking started holding new clients back (issue 13): staff should look at the agenda. */
    public record OnlineBookingHeld(long officeId, LocalDateTime since) {
    }
}
