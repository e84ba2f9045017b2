package de.lokalwillkommen.base;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.SettableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlidingWindowLimitTest {

    @Test
    void aClientGetsItsAttemptsBackAsTheWindowSlidesOn() {
        SettableClock clock = SettableClock.at("2026-11-24T10:00:00Z");
        SlidingWindowLimit limit = new SlidingWindowLimit(2, Duration.ofMinutes(10), clock) { };
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        clock.advance(Duration.ofMinutes(6));
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limit.tryAcquire("10.0.0.2")).as("another client").isTrue();
        clock.advance(Duration.ofMinutes(5));
        assertThat(limit.tryAcquire("10.0.0.1")).as("the first attempt has left the window").isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
    }
}
