package de.lokalwillkommen.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole app. {@code lw.clock.start} lets the app run as if it had been started at a
 * given instant (the clock then moves on at normal speed): the test suite starts every run on the same
 * day whatever the calendar says, and a training or demo instance can stand on a chosen week.
 */
@Configuration
class TimeConfig {

    private static final Logger log = LoggerFactory.getLogger(TimeConfig.class);

    @Bean
    Clock clock(@Value("${lw.clock.start:}") String start, MunicipalityProperties municipality) {
        if (start.isBlank()) {
            return Clock.systemUTC();
        }
        Instant startAt = parse(start.strip(), municipality);
        log.warn("The clock runs from {} (lw.clock.start), not from the real time", startAt);
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), startAt));
    }

    /** An instant ({@code 2026-12-07T08:00:00Z}) or the municipality's wall-clock time ({@code 2026-12-07T09:00}). */
    static Instant parse(String start, MunicipalityProperties municipality) {
        try {
            return Instant.parse(start);
        } catch (DateTimeParseException notAnInstant) {
            return LocalDateTime.parse(start).atZone(municipality.zone()).toInstant();
        }
    }
}
