package de.lokalwillkommen.booking.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Days and times as people read them in their own language ("Dienstag, 24. November 2026", "10:30"). */
final class TimeFormats {

    private TimeFormats() {
    }

    static String day(LocalDate day, Locale uiLocale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(formatLocale(uiLocale)).format(day);
    }

    static String time(LocalDateTime time, Locale uiLocale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(formatLocale(uiLocale)).format(time);
    }

    /** "10:30 – 11:00"; in a right-to-left language the start stands on the right, as it should. */
    static String range(LocalDateTime start, LocalDateTime end, Locale uiLocale) {
        return time(start, uiLocale) + " – " + time(end, uiLocale);
    }

    /** "Dienstag, 24. November 2026, 10:30 – 11:00", for screen readers: one phrase per time button. */
    static String span(LocalDateTime start, LocalDateTime end, Locale uiLocale) {
        return day(start.toLocalDate(), uiLocale) + ", " + range(start, end, uiLocale);
    }

    /**
     * The JDK's locale data names Kurmanji "ku", not "kmr"; without this mapping its dates would fall
     * back to the root locale ("2026 Nov 24, Tue").
     */
    static Locale formatLocale(Locale uiLocale) {
        return "kmr".equals(uiLocale.getLanguage()) ? Locale.forLanguageTag("ku") : uiLocale;
    }
}
