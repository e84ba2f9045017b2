package de.lokalwillkommen.base.i18n;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Days, times and numbers as people read them in their own language, for texts made outside a view
 * (mails, exports). The JDK's locale data names Kurmanji "ku", not "kmr".
 */
public final class LocalFormats {

    private LocalFormats() {
    }

    public static Locale formatLocale(Locale uiLocale) {
        return "kmr".equals(uiLocale.getLanguage()) ? Locale.forLanguageTag("ku") : uiLocale;
    }

    /** "Dienstag, 24. November 2026". */
    public static String day(LocalDate day, Locale uiLocale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(formatLocale(uiLocale)).format(day);
    }

    /** "10:30". */
    public static String time(LocalDateTime time, Locale uiLocale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(formatLocale(uiLocale)).format(time);
    }

    /** "Dienstag, 24. November 2026, 10:30 – 11:00"; the time range kept left to right in RTL text. */
    public static String appointment(LocalDateTime start, LocalDateTime end, Locale uiLocale) {
        return day(start.toLocalDate(), uiLocale) + ", \u2066" + time(start, uiLocale) + " – " + time(end, uiLocale)
                + "\u2069";
    }

    /** Whole numbers with the language's grouping ("32.000", "32,000"). */
    public static String number(long value, Locale uiLocale) {
        return NumberFormat.getIntegerInstance(formatLocale(uiLocale)).format(value);
    }
}
