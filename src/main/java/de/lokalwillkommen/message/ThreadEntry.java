package de.lokalwillkommen.message;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One turn of a conversation as shown: the team's answer ({@code fromOffice}) or the writer's reply, in
 * {@code language}. {@code author} is the staff member's name for the team and always null on the writer's
 * page; {@code text} is null once erased. The first message itself is not an entry.
 */
public record ThreadEntry(long id, boolean fromOffice, @Nullable String author, String language,
        LocalDateTime writtenAt, @Nullable String text) {
}
