package de.lokalwillkommen.base.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads the UI strings from {@code vaadin-i18n/translations_<code>.properties}. A key missing in a
 * language falls back to the source language, so a half-translated bundle never shows a raw key.
 */
@Component
public class BundleTranslationProvider implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n/translations";
    private static final Pattern PLURAL = Pattern.compile("\\{\\d+,\\s*plural\\s*,");
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

    /** The configured language a locale stands for (the source language for one not offered). */
    public Language language(Locale locale) {
        return languages.of(locale);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Language language = languages.of(locale);
        Optional<String> own = lookup(key, language);
        String pattern = own.or(() -> lookup(key, languages.source())).orElse(key);
        return fill(pattern, own.isPresent() ? language.locale() : languages.source().locale(), params);
    }

    /**
     * Plain {0}, {1} substitution: MessageFormat would swallow the apostrophes of French and others. A text
     * that counts ({@code {0, plural, one {# Besuch} other {# Besuche}}}) goes through ICU's MessageFormat,
     * which knows every language's plural forms (Arabic has six, Ukrainian and Russian four); its numbers stay
     * in Latin digits like every other number in the app.
     */
    static String fill(String pattern, Locale locale, Object... params) {
        if (PLURAL.matcher(pattern).find()) {
            ULocale digits = ULocale.forLocale(locale).setKeywordValue("numbers", "latn");
            return new MessageFormat(pattern, digits).format(params);
        }
        return fill(pattern, params);
    }

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
