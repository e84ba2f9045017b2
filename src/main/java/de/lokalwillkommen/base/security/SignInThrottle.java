package de.lokalwillkommen.base.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows sign-in down after repeated failures, per account and per client address: after {@code free} failures
 * each further attempt must wait twice as long as the one before (1 s, 2 s, 4 s … at most {@code max-wait}),
 * and attempts during the wait are refused without looking at the password. A success clears the account and the
 * client. Kept in memory, per server, in two bounded maps (docs/decisions/0016): no database write per failed
 * attempt, and a flood of invented user names cannot grow it without bound.
 */
@Component
public class SignInThrottle {

    static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final int free;
    private final Duration maxWait;
    private final Map<String, Failures> accounts = bounded();
    private final Map<String, Failures> clients = bounded();

    SignInThrottle(Clock clock, @Value("${lw.sign-in.free-failures:5}") int free,
            @Value("${lw.sign-in.max-wait:PT15M}") Duration maxWait) {
        this.clock = clock;
        this.free = free;
        this.maxWait = maxWait;
    }

    private record Failures(int count, Instant last) {
    }

    /** How long this account or client must still wait before the next attempt; zero when it may try now. */
    public synchronized Duration waitFor(String username, String client) {
        Instant now = clock.instant();
        Duration account = remaining(accounts.get(key(username)), now);
        Duration address = remaining(clients.get(client), now);
        return account.compareTo(address) >= 0 ? account : address;
    }

    public synchronized void failed(String username, String client) {
        Instant now = clock.instant();
        accounts.merge(key(username), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        clients.merge(client, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
    }

    public synchronized void succeeded(String username, String client) {
        accounts.remove(key(username));
        clients.remove(client);
    }

    private Duration remaining(Failures failures, Instant now) {
        if (failures == null || failures.count() < free) {
            return Duration.ZERO;
        }
        long seconds = 1L << Math.min(30, failures.count() - free);
        Duration wait = Duration.ofSeconds(seconds).compareTo(maxWait) > 0 ? maxWait : Duration.ofSeconds(seconds);
        Duration left = Duration.between(now, failures.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String key(String username) {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Map<String, Failures> bounded() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > MAX_KEYS;
            }
        };
    }
}
