package de.lokalwillkommen.base;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The municipality that runs this instance. Dortmund is the default configuration, not a constant:
 * another city sets these properties (and its own offices and districts as data).
 */
@ConfigurationProperties("lw.municipality")
public record MunicipalityProperties(String name, String coordinationName, String coordinationPhone, ZoneId zone) {

    public MunicipalityProperties {
        zone = zone == null ? ZoneId.of("Europe/Berlin") : zone;
    }

    /** The municipality's wall-clock time now: consultation hours are kept in it. */
    public LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(zone));
    }

    /**
     * The wall-clock time {@code minutes} real minutes from now: on the night summer time begins,
     * two hours after 01:30 is 04:30, not 03:30.
     */
    public LocalDateTime inMinutes(Clock clock, long minutes) {
        return ZonedDateTime.now(clock.withZone(zone)).plusMinutes(minutes).toLocalDateTime();
    }
}
