package de.lokalwillkommen.message;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

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

    /**
     * The team answered a conversation (published in the answer's transaction, once per answer, never for a retried
     * request). {@code replyId} is the answer's row; {@code officeId} is null for the coordination's own inbox;
     * {@code language} is the writer's chosen language, in which the answer is written and any notice must be.
     * Notices carry the personal link only: ask {@link ConversationService#forNotice(long)}.
     */
    public record Answered(long messageId, long replyId, @Nullable Long officeId, String language) {
    }
}
