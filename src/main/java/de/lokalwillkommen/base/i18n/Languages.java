package de.lokalwillkommen.base.i18n;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The configured UI languages and how a visitor's preferences map onto them. */
@Component
public class Languages {

    private final List<Language> all;

    public Languages(LanguageProperties properties) {
        if (properties.languages() == null || properties.languages().isEmpty()) {
            throw new IllegalStateException("lw.languages must list at least one language");
        }
        this.all = List.copyOf(properties.languages());
    }

    public List<Language> all() {
        return all;
    }

    /** The source language: the one whose bundle is complete by definition and the last fallback. */
    public Language source() {
        return all.getFirst();
    }

    public Optional<Language> byCode(String code) {
        return all.stream().filter(l -> l.code().equalsIgnoreCase(code)).findFirst();
    }

    /** The language a stored record was written in, or the source language if that code is no longer offered. */
    public Language orSource(String code) {
        return byCode(code).orElse(source());
    }

    public Language of(Locale locale) {
        return byCode(locale.toLanguageTag()).or(() -> byCode(locale.getLanguage())).orElse(source());
    }

    /**
     * The first of the browser's preferred locales (Accept-Language order) that we offer. Dari asked for as
     * "prs" (its own ISO 639-3 code) or "prs-AF" gets the Afghan variant "fa-AF" where it is offered, else Farsi.
     */
    public Language bestMatch(Collection<Locale> preferred) {
        for (Locale locale : preferred) {
            Optional<Language> match = byCode(locale.toLanguageTag()).or(() -> dari(locale))
                    .or(() -> byCode(locale.getLanguage()));
            if (match.isPresent()) {
                return match.get();
            }
        }
        return source();
    }

    private Optional<Language> dari(Locale locale) {
        return "prs".equals(locale.getLanguage()) ? byCode("fa-AF").or(() -> byCode("fa")) : Optional.empty();
    }

    /**
     * The language a variant falls back to ("fa" for "fa-AF"), or empty for a language of its own. A variant's
     * bundle holds only the keys whose wording differs; the rest come from its parent's.
     */
    public Optional<Language> parentOf(Language language) {
        String base = language.locale().getLanguage();
        return base.equalsIgnoreCase(language.code()) ? Optional.empty() : byCode(base);
    }
}
