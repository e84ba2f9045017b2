package de.lokalwillkommen.volunteer;

import de.lokalwillkommen.base.SlidingWindowLimit;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Slows down a client that submits offers too often (default 5 submits in 10 minutes per address). */
@Component
class RegistrationLimiter extends SlidingWindowLimit {

    RegistrationLimiter(@Value("${lw.volunteer.attempts-per-window:5}") int max,
            @Value("${lw.volunteer.attempt-window:PT10M}") Duration window, Clock clock) {
        super(max, window, clock);
    }
}
