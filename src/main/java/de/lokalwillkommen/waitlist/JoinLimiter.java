package de.lokalwillkommen.waitlist;

import de.lokalwillkommen.base.SlidingWindowLimit;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The booking form's attempt limit (same settings), counted separately for joining the waitlist. */
@Component
class JoinLimiter extends SlidingWindowLimit {

    JoinLimiter(@Value("${lw.booking.attempts-per-window:10}") int max,
            @Value("${lw.booking.attempt-window:PT10M}") Duration window, Clock clock) {
        super(max, window, clock);
    }
}
