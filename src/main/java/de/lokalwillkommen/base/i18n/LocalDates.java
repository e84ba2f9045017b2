package de.lokalwillkommen.base.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one place where the app writes days, dates and times for a reader (pages, mails, push notices, the
 * offline card, staff views). An architecture test keeps every other class from formatting dates with a
 * locale of its own. The rules (decision 0031):
 * <ul>
 * <li>weekday names always from the bundle's {@code weekday.*} keys: the JDK's differ from what the pages
 * say (Pashto "درېنۍ" against "سه‌شنبه") or are missing (Kurmanji);</li>
 * <li>the date as the language is configured: the JDK's month name, digits only, or both;</li>
 * <li>one 24-hour time pattern with Latin digits in every language;</li>
 * <li>every range through the bundle's {@code time.range}, in right-to-left languages with words
 * ("من 10:00 إلى 10:30") so its order cannot be misread.</li>
 * </ul>
 */
public final class LocalDates {

    /** A bundle lookup in the reader's language: a component's getTranslation or the provider's. */
    @FunctionalInterface
    public interface Bundle {
        String text(String key, Object... params);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final String FIRST_STRONG_ISOLATE = "\u2068";
    private static final String POP_DIRECTIONAL_ISOLATE = "\u2069";
    private static final Locale KURMANJI_DATA = Locale.forLanguageTag("ku");

    private final Language language;
    private final Bundle bundle;
    private final Locale locale;

    public LocalDates(Language language, Bundle bundle) {
        this.language = language;
        this.bundle = bundle;
        this.locale = formatLocale(language.locale());
    }

    /** For texts made outside a view (mails, push notices): the language a record was written in. */
    public static LocalDates of(Language language, I18NProvider translations) {
        Locale uiLocale = language.locale();
        return new LocalDates(language, (key, params) -> translations.getTranslation(key, uiLocale, params));
    }

    /** For a view or component: the language its UI shows. */
    public static LocalDates of(Component context) {
        UI ui = context.getUI().orElseGet(UI::getCurrent);
        Locale uiLocale = ui == null ? Locale.GERMAN : ui.getLocale();
        VaadinService service = VaadinService.getCurrent();
        I18NProvider provider = service == null ? null : service.getInstantiator().getI18NProvider();
        Language language = provider instanceof BundleTranslationProvider bundles ? bundles.language(uiLocale)
                : new Language(uiLocale.toLanguageTag(), uiLocale.toLanguageTag(), false);
        return new LocalDates(language, context::getTranslation);
    }

    /**
     * The locale whose JDK data fits the UI language. The only place the app maps Kurmanji: the JDK's locale
     * data names it "ku", not "kmr"; without this its dates fall back to the root locale ("2026 Nov 24, Tue").
     */
    public static Locale formatLocale(Locale uiLocale) {
        return "kmr".equals(uiLocale.getLanguage()) ? KURMANJI_DATA : uiLocale;
    }

    public Language language() {
        return language;
    }

    /** The locale to hand to components that format on their own (a date picker's calendar). */
    public Locale locale() {
        return locale;
    }

    /** "Dienstag", from the bundle. */
    public String weekday(DayOfWeek day) {
        return bundle.text("weekday." + day.name());
    }

    /** "24. November 2026", "24.11.2026" or "24 ሕዳር 2026 (24/11/2026)", as the language is configured. */
    public String date(LocalDate date) {
        return switch (language.dateStyle()) {
            case NAMED -> named(date);
            case NUMERIC -> numeric(date);
            case NAMED_AND_NUMERIC -> named(date) + " (" + numeric(date) + ")";
        };
    }

    /** "Dienstag, 24. November 2026". */
    public String day(LocalDate date) {
        return bundle.text("agenda.dayAndDate", weekday(date.getDayOfWeek()), date(date));
    }

    /** "14:30" in every language. */
    public String time(LocalTime time) {
        return TIME.format(time);
    }

    public String time(LocalDateTime time) {
        return TIME.format(time);
    }

    /**
     * "10:00–10:30 Uhr", "من 10:00 إلى 10:30": always the bundle's {@code time.range}, isolated with its first
     * strong direction, so neither a worded right-to-left range nor a digits-only one turns round in the text
     * around it (the old left-to-right isolate would have shown "من 10:00 إلى 10:30" word by word backwards).
     */
    public String range(LocalTime start, LocalTime end) {
        return FIRST_STRONG_ISOLATE + bundle.text("time.range", time(start), time(end)) + POP_DIRECTIONAL_ISOLATE;
    }

    public String range(LocalDateTime start, LocalDateTime end) {
        return range(start.toLocalTime(), end.toLocalTime());
    }

    /** "Dienstag, 24. November 2026, 10:00–10:30 Uhr". */
    public String appointment(LocalDateTime start, LocalDateTime end) {
        return bundle.text("agenda.dayAndDate", day(start.toLocalDate()), range(start, end));
    }

    /** "Dienstag, 24. November 2026, 10:30": a moment someone is told about. */
    public String moment(LocalDateTime moment) {
        return bundle.text("agenda.dayAndDate", day(moment.toLocalDate()), time(moment));
    }

    /** "24. November 2026, 10:30": when a message came, in a list where the weekday would be noise. */
    public String stamp(LocalDateTime moment) {
        return bundle.text("agenda.dayAndDate", date(moment.toLocalDate()), time(moment));
    }

    /** The twelve month names for a date picker's calendar, as the JDK knows them for the language. */
    public List<String> monthNames() {
        return Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList();
    }

    private String named(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    private String numeric(LocalDate date) {
        return DateTimeFormatter.ofPattern(numericPattern(language, locale), Locale.ROOT).format(date);
    }

    /**
     * The configured digits-only pattern, else the JDK's short date for the language with a four-digit year,
     * two-digit day and month, and without direction marks or quoted words ("d.MM.yy 'г'." becomes "dd.MM.yyyy").
     */
    static String numericPattern(Language language, Locale locale) {
        @Nullable String configured = language.numericDate();
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String shortPattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        return shortPattern.replaceAll("'[^']*'", "").replaceAll("[\u200e\u200f\u061c]", "")
                .replaceAll("y+", "yyyy").replaceAll("M+", "MM").replaceAll("d+", "dd")
                .replaceAll("[\\s\u00a0\u202f]+\\.?$", "").strip();
    }
}
