package de.lokalwillkommen.booking.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** The agenda shows one day or the week (Monday to Sunday) around a date. */
enum AgendaMode {
    DAY,
    WEEK;

    LocalDate first(LocalDate date) {
        return this == DAY ? date : date.minusDays(date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
    }

    LocalDate last(LocalDate date) {
        return this == DAY ? date : first(date).plusDays(6);
    }

    int step() {
        return this == DAY ? 1 : 7;
    }

    String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AgendaMode of(Optional<String> parameter) {
        return parameter.filter("week"::equalsIgnoreCase).map(p -> WEEK).orElse(DAY);
    }
}
