package de.lokalwillkommen.message;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A conversation as its writer sees it on the personal link: the first message and the turns after it, oldest
 * first; never the team's internal notes nor staff names. {@code newAnswer}: the office answered since the writer
 * last opened the link.
 *
 * @param language the writer's chosen language: the page is shown in it and the team answers in it
 */
public record Conversation(String reference, String officeName, MessageCategory category, String language,
        LocalDateTime receivedAt, String text, MessageStatus status, boolean newAnswer, List<ThreadEntry> entries) {

    public boolean closed() {
        return status == MessageStatus.CLOSED;
    }

    public @Nullable ThreadEntry lastEntry() {
        return entries.isEmpty() ? null : entries.getLast();
    }
}
