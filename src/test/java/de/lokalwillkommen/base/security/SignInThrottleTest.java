package de.lokalwillkommen.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.SettableClock;
import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.security.SignInThrottle.Attempt;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The counters in the shared table; each test uses user names and addresses of its own. */
@AppTest
class SignInThrottleTest {

    @Autowired
    JdbcTemplate jdbc;

    final SettableClock clock = SettableClock.at("2026-03-29T08:00:00Z");
    final String user = "u-" + UUID.randomUUID();
    final String net = "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + ".";

    SignInThrottle throttle() {
        return new SignInThrottle(jdbc, clock, 5, Duration.ofMinutes(15), Duration.ofHours(1));
    }

    @Test
    void fiveFailuresAreFreeThenEachFurtherAttemptWaitsTwiceAsLong() {
        SignInThrottle throttle = throttle();
        for (int i = 0; i < 4; i++) {
            throttle.failed(new Attempt(user, net + i, null), true);
        }
        assertThat(throttle.waitFor(new Attempt(user, net + 100, null))).isZero();
        throttle.failed(new Attempt(user, net + 5, null), true);
        assertThat(throttle.waitFor(new Attempt(user, net + 100, null))).isEqualTo(Duration.ofSeconds(1));
        throttle.failed(new Attempt(user, net + 6, null), true);
        throttle.failed(new Attempt(user, net + 7, null), true);
        assertThat(throttle.waitFor(new Attempt(user, net + 100, null))).isEqualTo(Duration.ofSeconds(4));
        clock.advance(Duration.ofSeconds(4));
        assertThat(throttle.waitFor(new Attempt(user, net + 100, null))).isZero();
    }

    @Test
    void failuresOfStrangersDoNotSlowDownADeviceThatSignedInBefore() {
        SignInThrottle throttle = throttle();
        for (int i = 0; i < 40; i++) {
            throttle.failed(new Attempt(user, net + (i % 8), null), true);
        }
        assertThat(throttle.waitFor(new Attempt(user, net + 200, null))).isEqualTo(Duration.ofMinutes(15));
        // the owner's laptop, even behind the attacker's own network address
        assertThat(throttle.waitFor(new Attempt(user, net + 0, "owner-device-" + user))).isZero();
    }

    @Test
    void oneClientTryingManyAccountsIsSlowedDownAndIPv6CountsPerSlash64() {
        SignInThrottle throttle = throttle();
        String prefix = "2001:db8:" + Integer.toHexString((int) (Math.random() * 65_000)) + ":1::";
        for (int i = 0; i < 8; i++) {
            throttle.failed(new Attempt("invented-" + UUID.randomUUID(), prefix + Integer.toHexString(i + 1), null), false);
        }
        assertThat(throttle.waitFor(new Attempt(user, prefix + "ffff", null))).isEqualTo(Duration.ofSeconds(8));
        assertThat(throttle.waitFor(new Attempt(user, net + 1, null))).isZero();
    }

    @Test
    void invented_namesLeaveNoRowAndOldCountersAreForgotten() {
        SignInThrottle throttle = throttle();
        throttle.failed(new Attempt("nobody-" + user, net + 9, null), false);
        assertThat(rows("account:" + SignInThrottle.hash("nobody-" + user))).isZero();
        for (int i = 0; i < 10; i++) {
            throttle.failed(new Attempt(user, net + 9, null), true);
        }
        assertThat(rows("account:" + SignInThrottle.hash(user))).isOne();
        clock.advance(Duration.ofHours(2));
        assertThat(throttle.waitFor(new Attempt(user, net + 9, null))).isZero();
        throttle.failed(new Attempt("someone-else-" + user, net + 10, null), true);
        assertThat(rows("account:" + SignInThrottle.hash(user))).as("deleted at the next failure").isZero();
    }

    @Test
    void aSuccessClearsTheCountersItWasJudgedBy() {
        SignInThrottle throttle = throttle();
        for (int i = 0; i < 40; i++) {
            throttle.failed(new Attempt(user, net + 3, null), true);
        }
        throttle.succeeded(new Attempt(user, net + 3, null));
        assertThat(throttle.waitFor(new Attempt(user, net + 3, null))).isZero();
    }

    private int rows(String key) {
        return jdbc.queryForObject("select count(*) from sign_in_failure where throttle_key = ?", Integer.class, key);
    }
}
