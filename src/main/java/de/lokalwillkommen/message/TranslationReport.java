package de.lokalwillkommen.message;

import org.jspecify.annotations.Nullable;

/**
 * A reader's report of a translation problem: the page (route) and the language it was read in, the words
 * that are wrong as the reader copied them, and an optional better wording. {@code idempotencyKey} is one per
 * filled-in form; {@code clientKey} (the client address) only slows floods down.
 */
public record TranslationReport(String page, String language, String quote, String suggestion,
        String idempotencyKey, @Nullable String clientKey) {

    public static final int QUOTE_MAX = 300;
    public static final int SUGGESTION_MAX = 500;
    static final int PAGE_MAX = 200;

    public static boolean isQuote(@Nullable String quote) {
        return quote != null && !quote.isBlank() && quote.strip().length() <= QUOTE_MAX;
    }

    public static boolean isSuggestion(@Nullable String suggestion) {
        return suggestion == null || suggestion.strip().length() <= SUGGESTION_MAX;
    }
}
