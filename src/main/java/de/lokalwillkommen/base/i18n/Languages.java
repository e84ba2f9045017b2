package de.lokalwillkommen.base.i18n;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The configured UI languages and how a visitor's preferences map onto them. */
@Component
public class Languages {

    /**
     * Languages we do not offer whose speakers read one we do: Serbian in either script, Bosnian, Croatian,
     * Montenegrin and Serbo-Croatian readers read Serbian/Bosnian in Latin script (offered as "sr-Latn", which a
     * bare "sr" or "sr-Latn-RS" does not match by code). Dari ("prs") has its own rule, {@link #dari}.
     */
    private static final Map<String, String> READ_INSTEAD = Map.of("sr", "sr-Latn", "bs", "sr-Latn",
            "hr", "sr-Latn", "sh", "sr-Latn", "cnr", "sr-Latn");

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
     * Language subtag → the offered code its readers read instead ("bs" → "sr-Latn", "prs" → "fa-AF"), for pages
     * that choose a language without this class (the offline page).
     */
    public Map<String, String> readInstead() {
        Map<String, String> offered = new java.util.TreeMap<>();
        java.util.stream.Stream.concat(READ_INSTEAD.keySet().stream(), java.util.stream.Stream.of("prs"))
                .forEach(asked -> {
                    Language read = bestMatch(List.of(Locale.forLanguageTag(asked)));
                    if (!read.equals(source())) {
                        offered.put(asked, read.code());
                    }
                });
        return offered;
    }

    /**
     * The first of the browser's preferred locales (Accept-Language order) that we offer. Dari asked for as
     * "prs" (its own ISO 639-3 code) or "prs-AF" gets the Afghan variant "fa-AF" where it is offered, else Farsi.
     */
    public Language bestMatch(Collection<Locale> preferred) {
        for (Locale locale : preferred) {
            Optional<Language> match = byCode(locale.toLanguageTag()).or(() -> dari(locale))
                    .or(() -> byCode(locale.getLanguage()))
                    .or(() -> Optional.ofNullable(READ_INSTEAD.get(locale.getLanguage())).flatMap(this::byCode))
                    .or(() -> isSoraniTaggedAsKurdish(locale) ? byCode("ckb") : Optional.empty());
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

    /** Sorani is "ckb", but some browsers send "ku-Arab" or "ku-IQ"; plain "ku" stays Kurmanji (Latin script). */
    private static boolean isSoraniTaggedAsKurdish(Locale locale) {
        return "ku".equals(locale.getLanguage())
                && ("Arab".equals(locale.getScript()) || "IQ".equals(locale.getCountry()));
    }
}
