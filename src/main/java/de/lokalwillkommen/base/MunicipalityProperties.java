package de.lokalwillkommen.base;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The municipality that runs this instance. Dortmund is the default configuration, not a constant:
 * another city sets these properties (and its own offices and districts as data).
 */
@ConfigurationProperties("lw.municipality")
public record MunicipalityProperties(String name, String coordinationName, String coordinationPhone) {
}
