package de.lokalwillkommen.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NrwHolidaysTest {

    private final NrwHolidays holidays = new NrwHolidays();

    @Test
    void computesEasterForKnownYears() {
        assertThat(NrwHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(NrwHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(NrwHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    }

    @Test
    void knowsTheMovingHolidaysOfNorthRhineWestphalia() {
        assertThat(holidays.holiday(LocalDate.of(2026, 4, 3))).hasValue("Karfreitag");
        assertThat(holidays.holiday(LocalDate.of(2026, 4, 6))).hasValue("Ostermontag");
        assertThat(holidays.holiday(LocalDate.of(2026, 5, 14))).hasValue("Christi Himmelfahrt");
        assertThat(holidays.holiday(LocalDate.of(2026, 5, 25))).hasValue("Pfingstmontag");
        assertThat(holidays.holiday(LocalDate.of(2026, 6, 4))).hasValue("Fronleichnam");
    }

    @Test
    void knowsTheFixedHolidaysAndNotTheWorkingDays() {
        assertThat(holidays.holiday(LocalDate.of(2026, 10, 3))).hasValue("Tag der Deutschen Einheit");
        assertThat(holidays.holiday(LocalDate.of(2026, 11, 1))).hasValue("Allerheiligen");
        assertThat(holidays.holiday(LocalDate.of(2026, 12, 26))).hasValue("2. Weihnachtstag");
        assertThat(holidays.holiday(LocalDate.of(2026, 11, 24))).isEmpty();
        // Reformation Day is a holiday in other states, not in NRW
        assertThat(holidays.holiday(LocalDate.of(2026, 10, 31))).isEmpty();
    }
}
