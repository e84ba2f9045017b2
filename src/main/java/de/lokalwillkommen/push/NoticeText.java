package de.lokalwillkommen.push;

/**
 * What one notification says, already in its language: a title, a body, the app path it opens when tapped
 * ({@code booking/<token>}, made absolute with the public base URL) and the language code (its direction is
 * derived: right to left for ar, fa, ps). Never put a name, phone number or e-mail address in it.
 */
public record NoticeText(String title, String body, String path, String language) {
}
