package de.lokalwillkommen.booking;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The public holidays of North Rhine-Westphalia, computed for any year: the fixed ones and those that
 * move with Easter (Gregorian computus, valid for 1583–4099).
 */
@Component
@ConditionalOnProperty(name = "lw.municipality.holidays", havingValue = "NW", matchIfMissing = true)
public class NrwHolidays implements HolidayCalendar {

    private static final Map<MonthDay, String> FIXED = Map.of(
            MonthDay.of(1, 1), "Neujahr",
            MonthDay.of(5, 1), "Tag der Arbeit",
            MonthDay.of(10, 3), "Tag der Deutschen Einheit",
            MonthDay.of(11, 1), "Allerheiligen",
            MonthDay.of(12, 25), "1. Weihnachtstag",
            MonthDay.of(12, 26), "2. Weihnachtstag");

    private static final Map<Integer, String> AFTER_EASTER = Map.of(
            -2, "Karfreitag",
            1, "Ostermontag",
            39, "Christi Himmelfahrt",
            50, "Pfingstmontag",
            60, "Fronleichnam");

    @Override
    public Optional<String> holiday(LocalDate date) {
        String fixed = FIXED.get(MonthDay.from(date));
        if (fixed != null) {
            return Optional.of(fixed);
        }
        long offset = date.toEpochDay() - easterSunday(date.getYear()).toEpochDay();
        return Optional.ofNullable(AFTER_EASTER.get((int) offset));
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
