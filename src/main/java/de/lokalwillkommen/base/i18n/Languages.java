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
     * Languages we do not offer whose speakers read one we do: Dari readers read Farsi; Serbian in either script,
     * Bosnian, Croatian, Montenegrin and Serbo-Croatian readers read Serbian/Bosnian in Latin script
     * (offered as "sr-Latn", which a bare "sr" or "sr-Latn-RS" does not match by code).
     */
    private static final Map<String, String> READ_INSTEAD = Map.of("prs", "fa", "sr", "sr-Latn", "bs", "sr-Latn",
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

    /** Language subtag → the offered code its readers read instead, for pages that match without this class. */
    public Map<String, String> readInstead() {
        Map<String, String> offered = new java.util.TreeMap<>();
        READ_INSTEAD.forEach((asked, read) -> byCode(read).ifPresent(l -> offered.put(asked, l.code())));
        return offered;
    }

    /** The first of the browser's preferred locales (Accept-Language order) that we offer. */
    public Language bestMatch(Collection<Locale> preferred) {
        for (Locale locale : preferred) {
            Optional<Language> match = byCode(locale.toLanguageTag()).or(() -> byCode(locale.getLanguage()))
                    .or(() -> Optional.ofNullable(READ_INSTEAD.get(locale.getLanguage())).flatMap(this::byCode));
            if (match.isPresent()) {
                return match.get();
            }
        }
        return source();
    }
}
