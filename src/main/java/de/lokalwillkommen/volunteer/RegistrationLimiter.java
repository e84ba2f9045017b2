package de.lokalwillkommen.volunteer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down a client that submits offers too often: at most {@code max} submits in a sliding window per
 * client key. Kept in memory per server; the key (the client address) is never stored.
 */
@Component
class RegistrationLimiter {

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final int max;
    private final Duration window;
    private final Clock clock;

    @Autowired
    RegistrationLimiter(@Value("${lw.volunteer.attempts-per-window:5}") int max,
            @Value("${lw.volunteer.attempt-window:PT10M}") Duration window, Clock clock) {
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    /** Records an attempt; false when the client has used up its attempts for now. */
    boolean tryAcquire(String clientKey) {
        Instant now = clock.instant();
        Deque<Instant> recent = attempts.computeIfAbsent(clientKey, k -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
                recent.pollFirst();
            }
            if (recent.size() >= max) {
                return false;
            }
            recent.addLast(now);
        }
        if (attempts.size() > 10_000) {
            attempts.entrySet().removeIf(e -> e.getValue().isEmpty());
        }
        return true;
    }
}
