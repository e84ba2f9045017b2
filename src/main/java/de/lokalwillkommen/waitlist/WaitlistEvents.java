package de.lokalwillkommen.waitlist;

import java.time.LocalDateTime;

/**
 * What the waitlist tells the others (mail, and Web Push once it is wired). Ids, times and the entry's language
 * only: a listener that needs the address asks {@link WaitlistService#forNotice(long)}.
 */
public final class WaitlistEvents {

    private WaitlistEvents() {
    }

    public record Joined(long entryId, long officeId, String language) {
    }

    /** A place is held for the entry until {@code holdUntil}; the person is asked to confirm it. */
    public record OfferMade(long entryId, long officeId, LocalDateTime slotStart, LocalDateTime holdUntil,
            String language) {
    }

    /** The person took the offered time: {@code bookingId} is now theirs (a new booking or their moved one). */
    public record OfferConfirmed(long entryId, long officeId, long bookingId, LocalDateTime slotStart) {
    }

    /** An offer ended without a booking: declined, or its hold ran out. */
    public record OfferEnded(long entryId, long officeId, LocalDateTime slotStart, boolean expired) {
    }
}
