package de.lokalwillkommen.base.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;

/** {@link LocalDates} for a configured language, read from application.yml and the real bundles, without Spring. */
public final class TestDates {

    private TestDates() {
    }

    public static LocalDates of(String code) {
        try {
            Languages languages = new Languages(new LanguageProperties(TranslationBundlesTest.configuredLanguages()));
            return LocalDates.of(languages.orSource(code), new BundleTranslationProvider(languages));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
