package de.lokalwillkommen.base.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContactKeysTest {

    private final ContactKeys keys = new ContactKeys(new AbuseProperties("DE", null, List.of()));

    @Test
    void writesEverySpellingOfAGermanNumberAsOneE164Key() {
        List<String> spellings = List.of("+49 231 5026150", "0231 5026150", "0231 / 502 61-50", "0049 231 5026150",
                "+49 (0)231 5026150", "(0231) 5026150", "+492315026150");
        assertThat(spellings.stream().map(keys::phone).distinct()).containsExactly("+492315026150");
    }

    @Test
    void keepsForeignNumbersInTheirOwnCountry() {
        assertThat(keys.phone("+90 532 123 45 67")).isEqualTo("+905321234567");
        assertThat(keys.phone("0532 123 45 67")).isEqualTo("+495321234567");
    }

    @Test
    void usesTheConfiguredRegionForNumbersWithoutCountryCode() {
        ContactKeys austrian = new ContactKeys(new AbuseProperties("AT", null, List.of()));
        assertThat(austrian.phone("01 5880 0")).isEqualTo("+43158800");
    }

    @Test
    void keepsTheDigitsOfNumbersLibphonenumberCannotRead() {
        assertThat(keys.phone("+999 123 45")).isEqualTo("+99912345");
        assertThat(keys.phone(" ")).isNull();
    }

    @Test
    void countsAnEmailAddressOnceWhateverItsCaseAndTag() {
        assertThat(ContactKeys.email("Amal.Haddad+1@Example.org")).isEqualTo("amal.haddad@example.org");
        assertThat(ContactKeys.email("amal.haddad+termin-7@example.org")).isEqualTo("amal.haddad@example.org");
        assertThat(ContactKeys.email(" AMAL.HADDAD@EXAMPLE.ORG ")).isEqualTo("amal.haddad@example.org");
        assertThat(ContactKeys.email("+only@example.org")).isEqualTo("+only@example.org");
        assertThat(ContactKeys.email(null)).isNull();
    }
}
