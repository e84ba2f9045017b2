package de.lokalwillkommen.base;

import de.lokalwillkommen.base.client.ClientKey;
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
 * never stored anywhere else. Each feature extends it with its own limits from the configuration. A client in a
 * shared network (a shelter's Wi-Fi) gets its {@link ClientKey#allowance()} times the attempts.
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

    /** Records an attempt of a client; false when it has used up its attempts for now. */
    public boolean tryAcquire(ClientKey client) {
        return tryAcquire(client.value(), max * client.allowance());
    }

    /** Records an attempt; false when the client has used up its attempts for now. */
    public boolean tryAcquire(String clientKey) {
        return tryAcquire(clientKey, max);
    }

    /** Whether the client has used half of its attempts or more: its proof of work costs more now. */
    public boolean isBusy(ClientKey client) {
        return used(client) * 2 >= max * client.allowance();
    }

    /** How many of its attempts the client has used in the current window (0 when none). */
    public int used(ClientKey client) {
        Deque<Instant> recent = attempts.get(client.value());
        if (recent == null) {
            return 0;
        }
        Instant since = clock.instant().minus(window);
        synchronized (recent) {
            return (int) recent.stream().filter(at -> !at.isBefore(since)).count();
        }
    }

    private boolean tryAcquire(String clientKey, int max) {
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
