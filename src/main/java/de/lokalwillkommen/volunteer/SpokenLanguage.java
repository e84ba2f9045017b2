package de.lokalwillkommen.volunteer;

/**
 * A language a volunteer speaks, how well, and whether they would interpret it (to and from German).
 *
 * @param code a BCP 47 code, as in {@code lw.languages} and {@code lw.volunteer.extra-languages}
 */
public record SpokenLanguage(String code, LanguageLevel level, boolean interprets) {
}
