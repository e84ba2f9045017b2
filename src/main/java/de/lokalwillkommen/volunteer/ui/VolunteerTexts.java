package de.lokalwillkommen.volunteer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.volunteer.HelpType;
import de.lokalwillkommen.volunteer.LanguageLevel;
import de.lokalwillkommen.volunteer.PartOfDay;
import de.lokalwillkommen.volunteer.SpokenLanguage;
import de.lokalwillkommen.volunteer.TimeSlot;
import de.lokalwillkommen.volunteer.VolunteerLanguages;
import de.lokalwillkommen.volunteer.VolunteerRules;
import de.lokalwillkommen.volunteer.VolunteerStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the volunteering pages write help types, levels, times, dates and statuses in the reader's language.
 * Weekday names come from the shared {@code weekday.*} keys (the JDK has none for Kurmanji).
 */
final class VolunteerTexts {

    static final String FIRST_STRONG_ISOLATE = "\u2068";
    static final String POP_DIRECTIONAL_ISOLATE = "\u2069";

    private VolunteerTexts() {
    }

    /** A name or address inside a sentence keeps its own direction (a German name inside Arabic text). */
    static String isolate(String value) {
        return FIRST_STRONG_ISOLATE + value + POP_DIRECTIONAL_ISOLATE;
    }

    static String helpType(Component context, HelpType type) {
        return context.getTranslation("volunteer.help." + type.name());
    }

    static String helpTypes(Component context, Collection<HelpType> types) {
        return types.stream().sorted().map(t -> helpType(context, t)).collect(Collectors.joining(", "));
    }

    static String level(Component context, LanguageLevel level) {
        return context.getTranslation("volunteer.level." + level.name());
    }

    static String status(Component context, VolunteerStatus status) {
        return context.getTranslation("volunteer.status." + status.name());
    }

    static String weekday(Component context, DayOfWeek day) {
        return LocalDates.of(context).weekday(day);
    }

    static String part(Component context, PartOfDay part) {
        return context.getTranslation("volunteer.part." + part.name());
    }

    /** "Arabisch (العربية), Muttersprache, dolmetscht". */
    static String spoken(Component context, VolunteerLanguages languages, SpokenLanguage spoken) {
        String text = languages.label(spoken.code(), locale(context)) + " · " + level(context, spoken.level());
        return spoken.interprets() ? text + " · " + context.getTranslation("volunteer.interprets") : text;
    }

    /** A language by its code; a booking's "other" (no code) says so in words. */
    static String language(Component context, VolunteerLanguages languages, String code) {
        if (!languages.offers(code) && !VolunteerRules.isLanguageCode(code)) {
            return context.getTranslation("volunteer.language.other");
        }
        return languages.label(code, locale(context));
    }

    /** "Dienstag: Nachmittag, Abend · Samstag: Vormittag", Monday first. */
    static String times(Component context, Collection<TimeSlot> slots) {
        Map<DayOfWeek, TreeSet<PartOfDay>> byDay = new TreeMap<>();
        slots.forEach(s -> byDay.computeIfAbsent(s.day(), d -> new TreeSet<>()).add(s.part()));
        return byDay.entrySet().stream()
                .map(e -> context.getTranslation("volunteer.dayParts", weekday(context, e.getKey()),
                        e.getValue().stream().map(p -> part(context, p)).collect(Collectors.joining(", "))))
                .collect(Collectors.joining(" · "));
    }

    static String date(Component context, LocalDate date) {
        return LocalDates.of(context).date(date);
    }

    /** Month and weekday names in the UI language, Monday first, as German offices count the week. */
    static DatePicker localised(DatePicker picker) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(LocalDates.of(picker).monthNames());
        List<DayOfWeek> sundayFirst = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Arrays.stream(DayOfWeek.values()).filter(d -> d != DayOfWeek.SUNDAY)).toList();
        i18n.setWeekdays(sundayFirst.stream().map(d -> weekday(picker, d)).toList());
        i18n.setWeekdaysShort(sundayFirst.stream().map(d -> shortWeekday(picker, d)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(picker.getTranslation("volunteer.today"));
        i18n.setCancel(picker.getTranslation("action.cancel"));
        if (rightToLeft(picker)) {
            // The Arabic locale's own short date puts right-to-left marks (U+200F) between day, month and year,
            // which come out garbled in the left-to-right date field. Year-month-day in digits reads the same in
            // every script; day/month/year as typed by hand is still understood.
            i18n.setDateFormats("yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy");
        }
        picker.setI18n(i18n);
        picker.setLocale(locale(picker));
        return picker;
    }

    private static boolean rightToLeft(Component context) {
        UI ui = context.getUI().orElseGet(UI::getCurrent);
        return ui != null && ComponentUtil.getData(ui, Direction.class) == Direction.RIGHT_TO_LEFT;
    }

    private static String shortWeekday(Component context, DayOfWeek day) {
        String name = weekday(context, day);
        return name.codePointCount(0, name.length()) <= 3 ? name : name.substring(0, name.offsetByCodePoints(0, 2));
    }

    static Locale locale(Component context) {
        UI ui = context.getUI().orElseGet(UI::getCurrent);
        return ui == null ? Locale.GERMAN : ui.getLocale();
    }
}
