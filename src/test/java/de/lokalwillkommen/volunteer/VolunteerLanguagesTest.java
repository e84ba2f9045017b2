package de.lokalwillkommen.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.LanguageProperties;
import de.lokalwillkommen.base.i18n.Languages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The languages a volunteer can name, with a UI language that has a script subtag (sr-Latn). */
class VolunteerLanguagesTest {

    private final VolunteerLanguages languages = new VolunteerLanguages(new Languages(new LanguageProperties(List.of(
            new Language("de", "Deutsch", false), new Language("sr-Latn", "Srpski / Bosanski", false)))),
            List.of("bs", "sr", "es"));

    @Test
    void serbianAndBosnianAreOneLanguageWithTheOfferedCodeSoInterpretersMatchItsBookings() {
        assertThat(languages.codes()).containsExactly("de", "sr-Latn", "es");
    }

    @Test
    void aSerbianBosnianReaderReadsLanguageNamesInLatinScript() {
        String german = languages.label("de", Locale.forLanguageTag("sr-Latn"));
        assertThat(german).startsWith("Nemački").contains("Deutsch");
        assertThat(german).doesNotContainPattern("\\p{IsCyrillic}");
    }
}
