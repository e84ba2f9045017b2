package de.lokalwillkommen.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueEstimateTest {

    @Test
    void theDefaultServiceTimeCountsUntilThreePeopleWereServed() {
        Duration fallback = Duration.ofMinutes(12);
        assertThat(QueueEstimate.serviceTime(List.of(Duration.ofMinutes(2), Duration.ofMinutes(3)), fallback))
                .isEqualTo(fallback);
        assertThat(QueueEstimate.serviceTime(List.of(Duration.ofMinutes(2), Duration.ofMinutes(30),
                Duration.ofMinutes(5)), fallback)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theWaitIsRoundedUpToWholeMinutesAndZeroWithNobodyAhead() {
        assertThat(QueueEstimate.waitMinutes(0, Duration.ofMinutes(12))).isZero();
        assertThat(QueueEstimate.waitMinutes(3, Duration.ofSeconds(610))).isEqualTo(31);
    }

    @Test
    void percentilesAreNearestRank() {
        List<Long> waits = List.of(600L, 2400L, 3600L, 60L, 120L, 300L, 900L, 1200L, 1800L, 3000L);
        assertThat(QueueEstimate.percentile(waits, 50)).isEqualTo(900);
        assertThat(QueueEstimate.percentile(waits, 90)).isEqualTo(3000);
        assertThat(QueueEstimate.percentile(List.of(42L), 90)).isEqualTo(42);
    }
}
