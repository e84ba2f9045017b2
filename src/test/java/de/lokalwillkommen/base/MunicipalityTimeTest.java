package de.lokalwillkommen.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class MunicipalityTimeTest {

    private final MunicipalityProperties dortmund = new MunicipalityProperties("Dortmund", "", "", ZoneId.of("Europe/Berlin"));

    private static Clock at(int month, int day, int hour, int minute) {
        return Clock.fixed(ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, ZoneId.of("Europe/Berlin")).toInstant(),
                ZoneId.of("UTC"));
    }

    @Test
    void twoHoursAfterHalfPastOneOnTheNightSummerTimeBeginsIsHalfPastFour() {
        Clock night = at(3, 29, 1, 30);
        assertThat(dortmund.now(night)).isEqualTo(LocalDateTime.of(2026, 3, 29, 1, 30));
        assertThat(dortmund.inMinutes(night, 120)).isEqualTo(LocalDateTime.of(2026, 3, 29, 4, 30));
    }

    @Test
    void twoHoursAfterHalfPastOneOnTheNightSummerTimeEndsIsHalfPastTwo() {
        Clock night = at(10, 25, 1, 30);
        assertThat(dortmund.inMinutes(night, 120)).isEqualTo(LocalDateTime.of(2026, 10, 25, 2, 30));
    }

    @Test
    void theMunicipalityDefaultsToBerlinTime() {
        assertThat(new MunicipalityProperties("X", "", "", null).zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }
}
