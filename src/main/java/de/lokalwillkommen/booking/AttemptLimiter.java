package de.lokalwillkommen.booking;

import de.lokalwillkommen.base.SlidingWindowLimit;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Slows down a client that tries to book too often (default 10 attempts in 10 minutes per address). */
@Component
class AttemptLimiter extends SlidingWindowLimit {

    AttemptLimiter(@Value("${lw.booking.attempts-per-window:10}") int max,
            @Value("${lw.booking.attempt-window:PT10M}") Duration window, Clock clock) {
        super(max, window, clock);
    }
}
