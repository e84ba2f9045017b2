package de.lokalwillkommen.base.i18n;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The UI languages, in the order the switcher offers them. The first is the source language whose
 * bundle every other bundle must match. Adding a language = a bundle file plus one line here.
 */
@ConfigurationProperties("lw")
public record LanguageProperties(List<Language> languages) {
}
