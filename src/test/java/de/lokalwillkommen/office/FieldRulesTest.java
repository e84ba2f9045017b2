package de.lokalwillkommen.office;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldRulesTest {

    @Test
    void acceptsGermanPhoneNumbersAndRefusesText() {
        assertThat(FieldRules.isOptionalPhone("+49 231 5026150")).isTrue();
        assertThat(FieldRules.isOptionalPhone("0231 / 50-26150")).isTrue();
        assertThat(FieldRules.isOptionalPhone("")).isTrue();
        assertThat(FieldRules.isOptionalPhone("keine Nummer")).isFalse();
        assertThat(FieldRules.isOptionalPhone("12")).isFalse();
    }

    @Test
    void acceptsPlausibleEmailAddressesOnly() {
        assertThat(FieldRules.isOptionalEmail("team@lokal-willkommen.de")).isTrue();
        assertThat(FieldRules.isOptionalEmail("team@")).isFalse();
        assertThat(FieldRules.isOptionalEmail("a b@c.de")).isFalse();
    }

    @Test
    void limitsNamesAndRequiresThem() {
        assertThat(FieldRules.isName("Brackel/Aplerbeck")).isTrue();
        assertThat(FieldRules.isName("  ")).isFalse();
        assertThat(FieldRules.isName("x".repeat(FieldRules.NAME_MAX + 1))).isFalse();
    }

    @Test
    void makesReadableUrlNamesFromOfficeNames() {
        assertThat(FieldRules.slugOf("Hörde/Hombruch")).isEqualTo("hoerde-hombruch");
        assertThat(FieldRules.slugOf("Lütgendortmund")).isEqualTo("luetgendortmund");
        assertThat(FieldRules.slugOf(" Innenstadt-Nord ")).isEqualTo("innenstadt-nord");
        assertThat(FieldRules.isSlug(FieldRules.slugOf("Brackel/Aplerbeck"))).isTrue();
        assertThat(FieldRules.isSlug("Brackel Aplerbeck")).isFalse();
    }

    @Test
    void websitesMustBeWebAddresses() {
        assertThat(FieldRules.isOptionalWebsite("https://www.dortmund.de")).isTrue();
        assertThat(FieldRules.isOptionalWebsite("javascript:alert(1)")).isFalse();
    }
}
