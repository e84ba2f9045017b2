package de.lokalwillkommen.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RegistrationLimiterTest {

    @Test
    void aClientThatSubmitsTooOftenIsSlowedDownAndOthersAreNot() {
        RegistrationLimiter limiter = new RegistrationLimiter(3, Duration.ofMinutes(10),
                Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC));
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.2")).isTrue();
    }
}
