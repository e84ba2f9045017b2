package de.lokalwillkommen.base.i18n;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as people read them in their own language; days and times are {@link LocalDates}' business. */
public final class LocalFormats {

    private LocalFormats() {
    }

    /** Whole numbers with the language's grouping ("32.000", "32,000"). */
    public static String number(long value, Locale uiLocale) {
        return NumberFormat.getIntegerInstance(LocalDates.formatLocale(uiLocale)).format(value);
    }

    /** "12 %", "12 %", "%12" as the language writes a share. */
    public static String percent(double share, Locale uiLocale) {
        return NumberFormat.getPercentInstance(LocalDates.formatLocale(uiLocale)).format(share);
    }
}
