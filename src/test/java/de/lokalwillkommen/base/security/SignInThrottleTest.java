package de.lokalwillkommen.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    static class MovableClock extends Clock {
        Instant now = Instant.parse("2026-03-29T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final SignInThrottle throttle = new SignInThrottle(clock, 5, Duration.ofMinutes(15));

    @Test
    void fiveFailuresAreFreeThenEachFurtherAttemptWaitsTwiceAsLong() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("brackel", "10.0.0.1");
        }
        assertThat(throttle.waitFor("brackel", "10.0.0.2")).isZero();
        throttle.failed("brackel", "10.0.0.1");
        assertThat(throttle.waitFor("brackel", "10.0.0.2")).isEqualTo(Duration.ofSeconds(1));
        throttle.failed("brackel", "10.0.0.1");
        throttle.failed("brackel", "10.0.0.1");
        assertThat(throttle.waitFor("brackel", "10.0.0.2")).isEqualTo(Duration.ofSeconds(4));
        clock.now = clock.now.plusSeconds(4);
        assertThat(throttle.waitFor("brackel", "10.0.0.2")).isZero();
    }

    @Test
    void oneClientTryingManyAccountsIsSlowedDownToo() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("account" + i, "192.0.2.7");
        }
        assertThat(throttle.waitFor("somebody-else", "192.0.2.7")).isEqualTo(Duration.ofSeconds(8));
        assertThat(throttle.waitFor("somebody-else", "192.0.2.8")).isZero();
    }

    @Test
    void theWaitIsCappedAndASuccessClearsIt() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("brackel", "10.0.0.1");
        }
        assertThat(throttle.waitFor("brackel", "x")).isEqualTo(Duration.ofMinutes(15));
        throttle.succeeded("brackel", "10.0.0.1");
        assertThat(throttle.waitFor("brackel", "10.0.0.1")).isZero();
    }

    @Test
    void theMemoryIsBounded() {
        for (int i = 0; i < SignInThrottle.MAX_KEYS + 500; i++) {
            throttle.failed("invented-" + i, "10.0.0.1");
        }
        for (int i = 0; i < 5; i++) {
            throttle.failed("invented-0", "10.0.0.9");
        }
        // the oldest invented names were dropped; the map never grows past its bound
        assertThat(throttle.waitFor("invented-1", "10.9.9.9")).isZero();
    }
}
