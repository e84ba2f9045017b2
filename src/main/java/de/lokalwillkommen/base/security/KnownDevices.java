package de.lokalwillkommen.base.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Devices that signed in to an account successfully before. After a sign-in the browser gets a cookie
 * {@code lw-staff-device} (a random 256-bit token, HttpOnly, sent only to /login); the table {@code sign_in_device} keeps
 * only the token's SHA-256 and the user name. The {@link SignInThrottle} judges such a device by its own failures
 * alone, so strangers failing at the account cannot lock its owner out. Unused tokens are forgotten after
 * {@code lw.sign-in.device-days} (180).
 */
@Component
class KnownDevices {

    static final String COOKIE = "lw-staff-device";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration keep;

    KnownDevices(JdbcTemplate jdbc, Clock clock, @Value("${lw.sign-in.device-days:180}") int days) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keep = Duration.ofDays(days);
    }

    /** The hash of this request's device token if the device signed in to this account before. */
    Optional<String> knownFor(HttpServletRequest request, String username) {
        Optional<String> hash = token(request).map(SignInThrottle::hash);
        return hash.filter(h -> jdbc.queryForObject(
                "select count(*) from sign_in_device where token_hash = ? and username = ? and last_used >= ?",
                Integer.class, h, SignInThrottle.hash(username), Timestamp.from(clock.instant().minus(keep))) > 0);
    }

    /** After a successful sign-in: the device is known for the account from now on (or again, for longer). */
    void remember(HttpServletRequest request, HttpServletResponse response, String username) {
        Instant now = clock.instant();
        Optional<String> known = knownFor(request, username);
        if (known.isPresent()) {
            jdbc.update("update sign_in_device set last_used = ? where token_hash = ?", Timestamp.from(now), known.get());
            return;
        }
        jdbc.update("delete from sign_in_device where last_used < ?", Timestamp.from(now.minus(keep)));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("insert into sign_in_device (token_hash, username, last_used) values (?, ?, ?)",
                SignInThrottle.hash(token), SignInThrottle.hash(username), Timestamp.from(now));
        response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, token).httpOnly(true).secure(request.isSecure())
                .sameSite("Strict").path(request.getContextPath() + "/login").maxAge(keep).build().toString());
    }

    private static Optional<String> token(HttpServletRequest request) {
        return request.getCookies() == null ? Optional.empty() : Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue).filter(v -> v.length() <= 64)
                .findFirst();
    }
}
