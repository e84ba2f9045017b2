package de.lokalwillkommen.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code max} attempts per client key in a sliding window: how the public forms (booking, messages,
 * volunteer offers) slow down floods. Kept in memory per server and bounded; the key (the client address) is
 * never stored anywhere else. Each feature extends it with its own limits from the configuration.
 */
public class SlidingWindowLimit {

    private static final int KEYS_BEFORE_CLEAN_UP = 10_000;

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final int max;
    private final Duration window;
    private final Clock clock;

    protected SlidingWindowLimit(int max, Duration window, Clock clock) {
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    /** Records an attempt; false when the client has used up its attempts for now. */
    public boolean tryAcquire(String clientKey) {
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
        if (attempts.size() > KEYS_BEFORE_CLEAN_UP) {
            attempts.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || e.getValue().peekLast().isBefore(now.minus(window));
                }
            });
        }
        return true;
    }
}
