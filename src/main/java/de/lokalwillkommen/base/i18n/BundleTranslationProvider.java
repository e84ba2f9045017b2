package de.lokalwillkommen.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Reads the UI strings from {@code vaadin-i18n/translations_<code>.properties}. A key missing in a
 * language falls back to the source language, so a half-translated bundle never shows a raw key.
 */
@Component
public class BundleTranslationProvider implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n/translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Languages languages;

    public BundleTranslationProvider(Languages languages) {
        this.languages = languages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return languages.all().stream().map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = lookup(key, languages.of(locale)).or(() -> lookup(key, languages.source())).orElse(key);
        return fill(pattern, params);
    }

    /** Plain {0}, {1} substitution: MessageFormat would swallow the apostrophes of French and others. */
    static String fill(String pattern, Object... params) {
        String text = pattern;
        for (int i = 0; i < params.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(params[i]));
        }
        return text;
    }

    private Optional<String> lookup(String key, Language language) {
        try {
            return Optional.of(ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK).getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
