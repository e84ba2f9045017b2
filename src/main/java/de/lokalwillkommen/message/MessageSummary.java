package de.lokalwillkommen.message;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A message as a row of the inbox: no text, no contact details. */
public record MessageSummary(long id, String reference, LocalDateTime receivedAt, MessageCategory category,
        String answerLanguage, MessageStatus status, @Nullable Long assigneeId) {
}
