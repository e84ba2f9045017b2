package de.lokalwillkommen.booking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BookingRulesTest {

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
