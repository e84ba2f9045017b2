package de.lokalwillkommen.booking;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A time a newcomer can book: when, where, and in which languages the team offers that session. */
public record FreeSlot(long slotId, long officeId, LocalDateTime start, LocalDateTime end, @Nullable Long venueId,
        List<String> languages, int remaining) {
}
