package de.lokalwillkommen.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void theBundledListHoldsTwoThousandCommonPasswords() {
        assertThat(policy.size()).isGreaterThan(2_000);
    }

    @Test
    void shortPasswordsAreRefusedFirst() {
        assertThat(policy.problem("kurz", "brackel")).contains("password.error.short");
        assertThat(policy.problem("elf-zeichen", "brackel")).contains("password.error.short");
    }

    @Test
    void commonPasswordsAreRefusedAlsoWithDigitsAndSignsAroundThemOrDoubled() {
        assertThat(policy.problem("passwordpassword", "brackel")).contains("staffadmin.password.common");
        assertThat(policy.problem("Passwort2024!!", "brackel")).contains("staffadmin.password.common");
        assertThat(policy.problem("123456789012", "brackel")).contains("staffadmin.password.common");
        assertThat(policy.problem("!!Sunshine1234", "brackel")).contains("staffadmin.password.common");
        assertThat(policy.problem("LokalWillkommen1", "brackel")).contains("staffadmin.password.common");
        assertThat(policy.problem("dortmunddortmund", "brackel")).contains("staffadmin.password.common");
    }

    @Test
    void aPasswordContainingTheUserNameIsRefused() {
        assertThat(policy.problem("westerfilde-2026", "westerfilde")).contains("staffadmin.password.username");
    }

    @Test
    void aLongUncommonPassphraseIsAccepted() {
        assertThat(policy.problem("Kaffee mit Hafermilch am Hellweg", "brackel")).isEmpty();
        assertThat(policy.problem("willkommen-demo", "brackel")).isEmpty();
    }
}
