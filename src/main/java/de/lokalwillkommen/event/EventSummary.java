package de.lokalwillkommen.event;

import java.time.LocalDateTime;
import java.util.List;

/** An event as anyone may see it: public by nature, nothing about people. */
public record EventSummary(long id, long officeId, String officeName, String officeSlug, EventType type,
        String title, LocalDateTime start, LocalDateTime end, String place, List<String> languages,
        String description, boolean cancelled, long version) {
}
