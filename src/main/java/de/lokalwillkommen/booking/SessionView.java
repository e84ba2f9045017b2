package de.lokalwillkommen.booking;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A slot as staff see it in the schedule: capacity, bookings, whether it was cancelled. */
public record SessionView(long slotId, long officeId, LocalDateTime start, LocalDateTime end, @Nullable Long venueId,
        List<String> languages, int capacity, int onlineCapacity, int booked, boolean cancelled) {
}
