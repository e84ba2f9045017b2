package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.Topic;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How the staff pages write days, times, languages and topics. Weekday names come from the bundles
 * (the JDK has none for Kurmanji); dates use the locale's numeric form with Western digits.
 */
final class StaffFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String LEFT_TO_RIGHT_ISOLATE = "\u2066";
    private static final String POP_DIRECTIONAL_ISOLATE = "\u2069";

    private StaffFormat() {
    }

    static String weekday(Component context, DayOfWeek day) {
        return context.getTranslation("weekday." + day.name());
    }

    /** "Dienstag, 24.11.2026" (with the comma of the language: Arabic and Farsi write "،"). */
    static String day(Component context, LocalDate date) {
        return context.getTranslation("agenda.dayAndDate", weekday(context, date.getDayOfWeek()), date(context, date));
    }

    static String date(Component context, LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(context)).format(date);
    }

    /**
     * "10:00–10:30", isolated left to right: inside Arabic, Farsi or Pashto text the bidi algorithm would
     * otherwise show the range backwards ("10:30–10:00").
     */
    static String times(LocalDateTime start, LocalDateTime end) {
        return LEFT_TO_RIGHT_ISOLATE + TIME.format(start) + "–" + TIME.format(end) + POP_DIRECTIONAL_ISOLATE;
    }

    /** "Dienstag, 24.11.2026 · 10:30–11:00 · Vereinsheim · 2 frei". */
    static String freeSlot(Component context, FreeSlot slot, Map<Long, String> venues) {
        String where = slot.venueId() == null ? "" : " · " + venues.getOrDefault(slot.venueId(), "");
        return day(context, slot.start().toLocalDate()) + " · " + times(slot.start(), slot.end()) + where + " · "
                + context.getTranslation("agenda.remaining", slot.remaining());
    }

    static String language(Languages languages, String code) {
        return languages.byCode(code).map(Language::name).orElse(code);
    }

    static String languages(Languages languages, List<String> codes) {
        return String.join(", ", codes.stream().map(code -> language(languages, code)).toList());
    }

    static String topic(Component context, Topic topic) {
        return context.getTranslation("topic." + topic.name());
    }

    /** Month and weekday names in the UI language, Monday first, as German offices count the week. */
    static DatePicker localised(DatePicker picker) {
        Locale locale = locale(picker);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .toList());
        List<DayOfWeek> sundayFirst = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Arrays.stream(DayOfWeek.values()).filter(d -> d != DayOfWeek.SUNDAY)).toList();
        i18n.setWeekdays(sundayFirst.stream().map(d -> weekday(picker, d)).toList());
        i18n.setWeekdaysShort(sundayFirst.stream().map(d -> shortWeekday(picker, d)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(picker.getTranslation("schedule.picker.today"));
        i18n.setCancel(picker.getTranslation("action.cancel"));
        picker.setI18n(i18n);
        picker.setLocale(locale);
        return picker;
    }

    private static String shortWeekday(Component context, DayOfWeek day) {
        String name = weekday(context, day);
        return name.codePointCount(0, name.length()) <= 3 ? name
                : name.substring(0, name.offsetByCodePoints(0, 2));
    }

    private static Locale locale(Component context) {
        UI ui = context.getUI().orElseGet(UI::getCurrent);
        return ui == null ? Locale.GERMAN : ui.getLocale();
    }
}
