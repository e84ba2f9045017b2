package de.lokalwillkommen.booking;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.base.MunicipalityProperties;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class BookingRulesTest {

    private static final MunicipalityProperties DORTMUND =
            new MunicipalityProperties("Dortmund", "", "", ZoneId.of("Europe/Berlin"));

    /** The municipality's wall-clock time under a clock fixed at the given Dortmund time on 2026-12-08. */
    private static LocalDateTime at(int hour, int minute) {
        Clock fixed = Clock.fixed(ZonedDateTime.of(2026, 12, 8, hour, minute, 0, 0, ZoneId.of("Europe/Berlin"))
                .toInstant(), ZoneId.of("UTC"));
        return DORTMUND.now(fixed);
    }

    @Test
    void attendedOrNoShowCanBeRecordedFromTheAppointmentsStartOnButNotBefore() {
        LocalDateTime start = LocalDateTime.of(2026, 12, 8, 10, 0);
        assertThat(BookingRules.outcomeCanBeRecorded(BookingStatus.BOOKED, start.plusDays(2), at(9, 0))).isFalse();
        assertThat(BookingRules.outcomeCanBeRecorded(BookingStatus.BOOKED, start, at(9, 59))).isFalse();
        assertThat(BookingRules.outcomeCanBeRecorded(BookingStatus.BOOKED, start, at(10, 0))).isTrue();
        assertThat(BookingRules.outcomeCanBeRecorded(BookingStatus.ATTENDED, start, at(16, 0))).isTrue();
        assertThat(BookingRules.outcomeCanBeRecorded(BookingStatus.CANCELLED, start, at(16, 0))).isFalse();
    }

    @Test
    void acceptsNamesInEveryScriptWeServe() {
        assertThat(BookingRules.isName("Amal Haddad")).isTrue();
        assertThat(BookingRules.isName("أمل حداد")).isTrue();
        assertThat(BookingRules.isName("Олена Коваленко")).isTrue();
        assertThat(BookingRules.isName("ሰላም ተስፋይ")).isTrue();
        assertThat(BookingRules.isName("A. K.")).isTrue();
        assertThat(BookingRules.isName("Zoë O'Neill-Şahin")).isTrue();
    }

    @Test
    void refusesEmptyOverlongAndMarkupNames() {
        assertThat(BookingRules.isName(" ")).isFalse();
        assertThat(BookingRules.isName("x".repeat(BookingRules.NAME_MAX + 1))).isFalse();
        assertThat(BookingRules.isName("<script>")).isFalse();
        assertThat(BookingRules.isName("12345")).isFalse();
    }

    @Test
    void refusesPhoneNumbersWithoutDigits() {
        // How numbers become one key (E.164) is ContactKeysTest's.
        assertThat(BookingRules.isOptionalPhone("call me")).isFalse();
    }

    @Test
    void keepsTheOnlineCapacityBelowTheWalkInShare() {
        BookingSettings half = new BookingSettings(1);
        half.update(new OfficeBookingSettings(1, 28, 120, 50));
        assertThat(half.onlineCapacity(2)).isEqualTo(1);
        assertThat(half.onlineCapacity(1)).isZero();
        assertThat(BookingSettings.defaults(1).onlineCapacity(3)).isEqualTo(3);
    }
}
