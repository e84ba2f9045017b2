package de.lokalwillkommen.booking;

import java.time.LocalDateTime;

public record WalkInView(long id, long officeId, LocalDateTime occurredAt, Topic topic, String language, int persons,
        boolean interpreter) {
}
