package de.lokalwillkommen.queue;

import de.lokalwillkommen.base.UserFacingException;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * No number now: the session is over, cancelled or not open yet. Carries the next session's start (null when the
 * schedule has none) so the page can say in plain words when to come.
 */
public class QueueClosedException extends UserFacingException {

    private final transient @Nullable LocalDateTime nextStart;
    private final transient @Nullable LocalDateTime nextEnd;

    QueueClosedException(@Nullable LocalDateTime nextStart, @Nullable LocalDateTime nextEnd) {
        super(nextStart == null ? "queue.closed.noNext" : "queue.closed.next");
        this.nextStart = nextStart;
        this.nextEnd = nextEnd;
    }

    public @Nullable LocalDateTime nextStart() {
        return nextStart;
    }

    public @Nullable LocalDateTime nextEnd() {
        return nextEnd;
    }
}
