package de.lokalwillkommen.waitlist;

import de.lokalwillkommen.booking.Topic;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One person waiting, with their offers (newest first). {@code email} is shown to staff only after an audit entry. */
public record WaitlistEntry(long id, long officeId, Topic topic, String language, boolean interpreter, int persons,
        LocalDate lastDate, @Nullable Long bookingId, @Nullable String email, String token, LocalDateTime createdAt,
        int offersMade, List<Offer> offers) {

    public WaitlistEntry {
        offers = List.copyOf(offers);
    }

    public enum Status {
        OPEN, CONFIRMED, DECLINED, EXPIRED, WITHDRAWN
    }

    public record Offer(long id, long slotId, LocalDateTime start, LocalDateTime end, @Nullable Long venueId,
            LocalDateTime holdUntil, Status status) {
    }

    public @Nullable Offer openOffer() {
        return offers.stream().filter(o -> o.status() == Status.OPEN).findFirst().orElse(null);
    }
}
