package de.lokalwillkommen.message;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A message (and its conversation: {@code replies}, oldest first) as the office's team opens it. Text and contact details are null once anonymised. */
public record MessageDetails(long id, @Nullable Long officeId, String reference, LocalDateTime receivedAt,
        MessageCategory category, @Nullable String text, String answerLanguage, @Nullable String name,
        @Nullable String phone, @Nullable String email, MessageStatus status, @Nullable Long assigneeId,
        boolean anonymised, List<Note> notes, long version, List<ThreadEntry> replies) {

    public record Note(String author, LocalDateTime writtenAt, @Nullable String text) {
    }
}
