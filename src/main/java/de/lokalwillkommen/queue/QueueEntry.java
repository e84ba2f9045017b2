package de.lokalwillkommen.queue;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A number as staff see it in the session's queue.
 *
 * @param appointmentAt the booked time of someone who checked in with a booking code, else null
 */
public record QueueEntry(long id, int number, QueueStatus status, QueueNeeds needs, LocalDateTime takenAt,
        @Nullable LocalDateTime calledAt, @Nullable LocalDateTime appointmentAt, boolean byStaff) {

    public boolean booked() {
        return appointmentAt != null;
    }
}
