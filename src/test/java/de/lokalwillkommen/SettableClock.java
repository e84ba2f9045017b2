package de.lokalwillkommen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test sets and moves on, for code that takes a {@link Clock} (plain objects or the application's bean).
 * {@link #withZone} gives a view in another zone on the same moving instant, so
 * {@code MunicipalityProperties.now(clock)} reads the municipality's wall-clock time and follows every move.
 */
public final class SettableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public SettableClock(Instant start) {
        this(new AtomicReference<>(start), ZoneOffset.UTC);
    }

    /** E.g. {@code SettableClock.at("2026-11-24T08:00:00Z")}. */
    public static SettableClock at(String instant) {
        return new SettableClock(Instant.parse(instant));
    }

    private SettableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new SettableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
