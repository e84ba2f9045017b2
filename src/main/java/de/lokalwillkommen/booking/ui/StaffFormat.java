package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.Topic;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How the staff pages write days, times, languages and topics. Weekday names come from the bundles
 * and days, dates and ranges from {@link LocalDates}, like every newcomer-facing page.
 */
final class StaffFormat {

    private StaffFormat() {
    }

    static String weekday(Component context, DayOfWeek day) {
        return LocalDates.of(context).weekday(day);
    }

    /** "Dienstag, 24. November 2026" (with the comma of the language: Arabic and Farsi write "،"). */
    static String day(Component context, LocalDate date) {
        return LocalDates.of(context).day(date);
    }

    static String date(Component context, LocalDate date) {
        return LocalDates.of(context).date(date);
    }

    /** "10:00–10:30 Uhr"; in Arabic, Farsi and Pashto in words ("من 10:00 إلى 10:30"), so it cannot read backwards. */
    static String times(Component context, LocalDateTime start, LocalDateTime end) {
        return LocalDates.of(context).range(start, end);
    }

    /** "Dienstag, 24.11.2026 · 10:30–11:00 · Vereinsheim · 2 frei". */
    static String freeSlot(Component context, FreeSlot slot, Map<Long, String> venues) {
        String where = slot.venueId() == null ? "" : " · " + venues.getOrDefault(slot.venueId(), "");
        return day(context, slot.start().toLocalDate()) + " · " + times(context, slot.start(), slot.end()) + where + " · "
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
        LocalDates dates = LocalDates.of(picker);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(dates.monthNames());
        List<DayOfWeek> sundayFirst = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Arrays.stream(DayOfWeek.values()).filter(d -> d != DayOfWeek.SUNDAY)).toList();
        i18n.setWeekdays(sundayFirst.stream().map(d -> weekday(picker, d)).toList());
        i18n.setWeekdaysShort(sundayFirst.stream().map(d -> shortWeekday(picker, d)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(picker.getTranslation("schedule.picker.today"));
        i18n.setCancel(picker.getTranslation("action.cancel"));
        picker.setI18n(i18n);
        picker.setLocale(dates.language().locale());
        return picker;
    }

    private static String shortWeekday(Component context, DayOfWeek day) {
        String name = weekday(context, day);
        return name.codePointCount(0, name.length()) <= 3 ? name
                : name.substring(0, name.offsetByCodePoints(0, 2));
    }
}
