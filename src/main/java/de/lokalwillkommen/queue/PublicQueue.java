package de.lokalwillkommen.queue;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A session's queue as anyone with its short link may see it (the take-a-number page, the display at the venue): no
 * needs, no tokens, nothing about people.
 *
 * @param start null when the schedule no longer holds the session (cancelled)
 * @param called the numbers called and not yet done, the latest first
 */
public record PublicQueue(QueueSessionRef session, @Nullable LocalDateTime start, @Nullable LocalDateTime end,
        boolean open, int waiting, List<Integer> called) {
}
