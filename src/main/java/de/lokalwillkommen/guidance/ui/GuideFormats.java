package de.lokalwillkommen.guidance.ui;

import java.util.Locale;

final class GuideFormats {

    private GuideFormats() {
    }

    /** The JDK's locale data names Kurmanji "ku", not "kmr". */
    static Locale dateLocale(Locale uiLocale) {
        return "kmr".equals(uiLocale.getLanguage()) ? Locale.forLanguageTag("ku") : uiLocale;
    }
}
