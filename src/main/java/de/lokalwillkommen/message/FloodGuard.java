package de.lokalwillkommen.message;

import de.lokalwillkommen.base.SlidingWindowLimit;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** At most {@code lw.message.per-window} messages (5) per client address in {@code lw.message.window} (10 min). */
@Component
class FloodGuard extends SlidingWindowLimit {

    FloodGuard(@Value("${lw.message.per-window:5}") int max, @Value("${lw.message.window:PT10M}") Duration window,
            Clock clock) {
        super(max, window, clock);
    }
}
