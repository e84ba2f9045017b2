package de.lokalwillkommen.booking;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A booking as its owner (through the manage link) or the office's staff see it. */
public record BookingDetails(long id, String code, String manageToken, long officeId, long slotId,
        LocalDateTime start, LocalDateTime end, @Nullable Long venueId, Topic topic, String language,
        boolean interpreter, int persons, @Nullable String name, @Nullable String phone, @Nullable String email,
        @Nullable String note, BookingStatus status, Channel channel, @Nullable String cancelReason) {

    public boolean isActive() {
        return status == BookingStatus.BOOKED;
    }

    /** Whether attended/no-show may be recorded at {@code now} (the municipality's wall-clock time). */
    public boolean outcomeCanBeRecorded(LocalDateTime now) {
        return BookingRules.outcomeCanBeRecorded(status, start, now);
    }
}
