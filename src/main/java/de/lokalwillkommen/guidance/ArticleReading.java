package de.lokalwillkommen.guidance;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An article as a reader gets it: the texts in one language, the body already rendered to safe HTML.
 *
 * @param requestedLanguage the language the reader asked for
 * @param language          the language of the texts; differs from the requested one when that is missing
 * @param status            of the texts shown: {@code MACHINE_DRAFT} and {@code OUTDATED} are said to the reader
 * @param bodyHtml          sanitised HTML, safe to put into a page as it is
 * @param plainText         title, summaries and body without markup, for reading aloud
 * @param reviewedOn        the day a person last checked this language, if ever
 * @param languages         the languages this article can be read in (with a text of their own)
 */
public record ArticleReading(String slug, GuideTopic topic, String requestedLanguage, String language,
        TranslationStatus status, String title, String summary, String easySummary, String bodyHtml,
        String plainText, @Nullable LocalDate reviewedOn, List<String> languages) {

    public boolean isFallback() {
        return !language.equals(requestedLanguage);
    }
}
