package de.lokalwillkommen.message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code max} messages per client address in a sliding window, as the booking feature limits
 * booking attempts. Kept in memory per server; the address is never stored.
 */
@Component
class FloodGuard {

    private final Map<String, Deque<Instant>> sent = new ConcurrentHashMap<>();
    private final int max;
    private final Duration window;
    private final Clock clock;

    FloodGuard(@Value("${lw.message.per-window:5}") int max, @Value("${lw.message.window:PT10M}") Duration window,
            Clock clock) {
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    boolean tryAcquire(String clientKey) {
        Instant now = clock.instant();
        Deque<Instant> recent = sent.computeIfAbsent(clientKey, k -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
                recent.pollFirst();
            }
            if (recent.size() >= max) {
                return false;
            }
            recent.addLast(now);
        }
        if (sent.size() > 10_000) {
            sent.entrySet().removeIf(e -> e.getValue().isEmpty());
        }
        return true;
    }
}
