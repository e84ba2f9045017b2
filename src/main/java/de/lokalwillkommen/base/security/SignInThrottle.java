package de.lokalwillkommen.base.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows sign-in down after repeated failures, without letting strangers lock the owner out (docs/decisions/0016).
 * After {@code free} failures each further attempt must wait twice as long as the one before (1 s, 2 s, 4 s … at most
 * {@code max-wait}); attempts during the wait are refused before the password is compared.
 * <ul>
 * <li>From a device that signed in to the account before ({@link KnownDevices}) only that device's own failures
 * count: failures that others cause for the account or from the same network do not slow the owner down.</li>
 * <li>From any other device both the client (IPv4 address, IPv6 /64 prefix: one home gets a whole /64) and the
 * account count, so neither many accounts from one client nor one account from many clients gets far.</li>
 * </ul>
 * The counters live in the database table {@code sign_in_failure}, shared by all servers, so they cannot be reset by
 * flooding a server's memory. A counter is forgotten {@code forget-after} (1 hour) after its last failure; those
 * rows are deleted at the next failure, and failures for user names that do not exist count only for the client,
 * which keeps the table small.
 */
@Component
public class SignInThrottle {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int free;
    private final Duration maxWait;
    private final Duration forgetAfter;

    SignInThrottle(JdbcTemplate jdbc, Clock clock, @Value("${lw.sign-in.free-failures:5}") int free,
            @Value("${lw.sign-in.max-wait:PT15M}") Duration maxWait,
            @Value("${lw.sign-in.forget-after:PT1H}") Duration forgetAfter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.free = free;
        this.maxWait = maxWait;
        this.forgetAfter = forgetAfter;
    }

    /** Who is trying: the account, the client address, and the known device's token hash if there is one. */
    public record Attempt(String username, String clientAddress, String knownDevice) {

        List<String> keys() {
            return knownDevice != null ? List.of("device:" + knownDevice)
                    : List.of("client:" + clientKey(clientAddress), "account:" + hash(username));
        }
    }

    /** How long this attempt must still wait; zero when it may try now. */
    public Duration waitFor(Attempt attempt) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : attempt.keys()) {
            Duration wait = jdbc.query("select failures, last_failure from sign_in_failure where throttle_key = ?",
                    rs -> rs.next() ? remaining(rs.getInt(1), rs.getTimestamp(2).toInstant(), now) : Duration.ZERO,
                    key);
            if (wait != null && wait.compareTo(longest) > 0) {
                longest = wait;
            }
        }
        return longest;
    }

    /** A wrong password; {@code accountExists} false counts the client only. */
    public void failed(Attempt attempt, boolean accountExists) {
        Instant now = clock.instant();
        Timestamp forgetBefore = Timestamp.from(now.minus(forgetAfter));
        jdbc.update("delete from sign_in_failure where last_failure < ?", forgetBefore);
        for (String key : attempt.keys()) {
            if (accountExists || !key.startsWith("account:")) {
                count(key, now);
            }
        }
    }

    /** A success clears the counters this attempt was judged by. */
    public void succeeded(Attempt attempt) {
        for (String key : attempt.keys()) {
            jdbc.update("delete from sign_in_failure where throttle_key = ?", key);
        }
    }

    private void count(String key, Instant now) {
        Timestamp at = Timestamp.from(now);
        if (jdbc.update("update sign_in_failure set failures = failures + 1, last_failure = ? where throttle_key = ?",
                at, key) > 0) {
            return;
        }
        try {
            jdbc.update("insert into sign_in_failure (throttle_key, failures, last_failure) values (?, 1, ?)", key, at);
        } catch (DuplicateKeyException raced) {
            jdbc.update("update sign_in_failure set failures = failures + 1, last_failure = ? where throttle_key = ?",
                    at, key);
        }
    }

    private Duration remaining(int failures, Instant last, Instant now) {
        if (failures < free || last.plus(forgetAfter).isBefore(now)) {
            return Duration.ZERO;
        }
        Duration wait = Duration.ofSeconds(1L << Math.min(30, failures - free));
        if (wait.compareTo(maxWait) > 0) {
            wait = maxWait;
        }
        Duration left = Duration.between(now, last.plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** IPv4: the address; IPv6: its /64 prefix, the part a home or a phone gets as a whole. */
    static String clientKey(String address) {
        if (address == null || !address.contains(":")) {
            return String.valueOf(address);
        }
        try {
            // A literal with ':' is parsed, never looked up by DNS.
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (UnknownHostException | IllegalArgumentException e) {
            return address;
        }
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    value.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
