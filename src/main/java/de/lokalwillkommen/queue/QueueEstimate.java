package de.lokalwillkommen.queue;

import java.time.Duration;
import java.util.List;

/** The arithmetic of waiting: medians, the 90th percentile, and the estimate a phone shows. */
final class QueueEstimate {

    /** Served people a session needs before its own median replaces the configured default. */
    static final int MIN_SAMPLES = 3;
    /** How many of the latest services make the "recent" median: the pace of the last hour, not of the morning. */
    static final int RECENT = 10;

    private QueueEstimate() {
    }

    /** The service time to count with: the median of the recent ones, or the default while there are too few. */
    static Duration serviceTime(List<Duration> recent, Duration fallback) {
        if (recent.size() < MIN_SAMPLES) {
            return fallback;
        }
        return Duration.ofSeconds(percentile(recent.stream().map(Duration::toSeconds).toList(), 50));
    }

    /** Whole minutes, rounded up, for {@code ahead} people at {@code service} each; 0 when nobody is ahead. */
    static int waitMinutes(int ahead, Duration service) {
        long seconds = ahead * service.toSeconds();
        return (int) ((seconds + 59) / 60);
    }

    /** The nearest-rank percentile (50 = median, 90 = p90) of a non-empty list of seconds. */
    static int percentile(List<Long> seconds, int percent) {
        if (seconds.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Long> sorted = seconds.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return (int) (long) sorted.get(Math.max(rank, 1) - 1);
    }
}
