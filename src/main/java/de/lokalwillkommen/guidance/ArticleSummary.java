package de.lokalwillkommen.guidance;

/**
 * An article in a list or a search result, in the language it will be shown in.
 *
 * @param language the language of title and summary: the reader's, or the fallback when theirs is missing
 */
public record ArticleSummary(String slug, GuideTopic topic, String language, String title, String summary,
        TranslationStatus status, boolean fallback) {
}
