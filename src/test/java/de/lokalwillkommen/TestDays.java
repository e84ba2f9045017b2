package de.lokalwillkommen;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The test run's "now" for fixtures built outside a Spring bean: the instant the build sets in
 * {@code lw.clock.start} (pom.xml), moving on from the moment this class was loaded, in Dortmund's
 * wall-clock time. It is the same day the application's clock (base/TimeConfig) stands on, so a test
 * never depends on the day it runs. Inside a Spring test, prefer the {@code Clock} bean.
 */
public final class TestDays {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant LOADED = Instant.now();
    private static final Instant START = start(System.getProperty("lw.clock.start", ""));

    private TestDays() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.ofInstant(START.plus(Duration.between(LOADED, Instant.now())), ZONE);
    }

    public static LocalDate today() {
        return now().toLocalDate();
    }

    private static Instant start(String property) {
        if (property.isBlank()) {
            return LOADED;
        }
        try {
            return Instant.parse(property.strip());
        } catch (DateTimeParseException notAnInstant) {
            return LocalDateTime.parse(property.strip()).atZone(ZONE).toInstant();
        }
    }
}
