package de.lokalwillkommen.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** The figures of one load stage: every request's time per step, failures, outcomes of journeys. */
final class LoadFigures implements SimulatedBrowser.Recorder {

    private final Map<String, List<Long>> nanosByStep = new TreeMap<>();
    private final List<Long> all = new ArrayList<>();
    final AtomicLong failedRequests = new AtomicLong();
    final AtomicLong failedJourneys = new AtomicLong();
    final AtomicLong booked = new AtomicLong();
    final AtomicLong noFreeTime = new AtomicLong();
    private final List<String> firstFailures = new ArrayList<>();

    @Override
    public synchronized void record(String step, long nanos, boolean ok) {
        nanosByStep.computeIfAbsent(step, s -> new ArrayList<>()).add(nanos);
        all.add(nanos);
        if (!ok) {
            failedRequests.incrementAndGet();
        }
    }

    synchronized void journeyFailed(String why) {
        failedJourneys.incrementAndGet();
        if (firstFailures.size() < 5) {
            firstFailures.add(why);
        }
    }

    synchronized int requests() {
        return all.size();
    }

    synchronized double p95Millis() {
        return percentileMillis(all, 95);
    }

    synchronized String report(int users, double seconds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("users %d: %d requests in %.0f s (%.0f/s), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms, failed requests %d, failed journeys %d, booked %d, no free time %d%n",
                users, all.size(), seconds, all.size() / seconds, percentileMillis(all, 50), percentileMillis(all, 95),
                percentileMillis(all, 99), percentileMillis(all, 100), failedRequests.get(), failedJourneys.get(),
                booked.get(), noFreeTime.get()));
        nanosByStep.forEach((step, nanos) -> out.append(String.format("    %-16s %6d requests, p50 %6.1f ms, p95 %6.1f ms%n",
                step, nanos.size(), percentileMillis(nanos, 50), percentileMillis(nanos, 95))));
        firstFailures.forEach(f -> out.append("    failure: ").append(f).append('\n'));
        return out.toString();
    }

    static double percentileMillis(List<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return 0;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
    }
}
