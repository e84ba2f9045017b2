package de.lokalwillkommen.volunteer;

/** How well a volunteer speaks a language, as they say themselves. */
public enum LanguageLevel {
    NATIVE,
    GOOD,
    BASIC
}
