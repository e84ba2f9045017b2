package de.lokalwillkommen.queue;

import de.lokalwillkommen.base.SlidingWindowLimit;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** The public forms' flood limit, for numbers and check-ins: {@code lw.queue.takes-per-window} per client address. */
@Component
class QueueFloodGuard extends SlidingWindowLimit {

    QueueFloodGuard(QueueProperties properties, Clock clock) {
        super(properties.takesPerWindow(), properties.window(), clock);
    }
}
