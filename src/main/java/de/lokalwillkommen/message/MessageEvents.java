package de.lokalwillkommen.message;

import java.time.LocalDateTime;

/**
 * What the message feature tells the others (figures, audit, notifications). Ids and categories only,
 * never the text or contact details: a listener that needs them asks the service, which checks access.
 */
public final class MessageEvents {

    private MessageEvents() {
    }

    public record MessageReceived(long messageId, long officeId, MessageCategory category, String answerLanguage,
            LocalDateTime receivedAt) {
    }
}
