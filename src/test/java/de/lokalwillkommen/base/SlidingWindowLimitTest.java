package de.lokalwillkommen.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SlidingWindowLimitTest {

    /** A clock the test moves on. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T10:00:00Z");

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

    @Test
    void aClientGetsItsAttemptsBackAsTheWindowSlidesOn() {
        MovingClock clock = new MovingClock();
        SlidingWindowLimit limit = new SlidingWindowLimit(2, Duration.ofMinutes(10), clock) { };
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limit.tryAcquire("10.0.0.2")).as("another client").isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertThat(limit.tryAcquire("10.0.0.1")).as("the first attempt has left the window").isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
    }
}
