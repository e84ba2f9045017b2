package de.lokalwillkommen.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One day's consultation hours of an office at one place (the office itself when {@code venueId} is null): its
 * non-cancelled slots of that day joined from the first start to the last end. What the walk-in queue opens on.
 */
public record DaySession(long officeId, @Nullable Long venueId, LocalDate day, LocalDateTime start, LocalDateTime end) {
}
