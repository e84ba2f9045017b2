package de.lokalwillkommen.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    private final Languages languages = new Languages(new LanguageProperties(List.of(
            new Language("de", "Deutsch", false), new Language("en", "English", false),
            new Language("ar", "العربية", true), new Language("fa", "فارسی", true), new Language("fa-AF", "دری", true),
            new Language("ka", "ქართული", false))));

    @Test
    void takesTheFirstOfferedLanguageFromTheBrowsersPreferences() {
        assertThat(languages.bestMatch(List.of(Locale.forLanguageTag("sw"), Locale.forLanguageTag("ar-SY"),
                Locale.ENGLISH)).code()).isEqualTo("ar");
    }

    @Test
    void fallsBackToTheSourceLanguageWhenNothingMatches() {
        assertThat(languages.bestMatch(List.of(Locale.forLanguageTag("ja"))).code()).isEqualTo("de");
        assertThat(languages.bestMatch(List.of()).code()).isEqualTo("de");
    }

    @Test
    void servesDariToBrowsersAskingForPrsPrsAfOrFaAf() {
        for (String asked : List.of("prs", "prs-AF", "fa-AF")) {
            assertThat(languages.bestMatch(List.of(Locale.forLanguageTag(asked))).code()).as(asked).isEqualTo("fa-AF");
        }
        assertThat(languages.bestMatch(List.of(Locale.forLanguageTag("fa-IR"))).code()).isEqualTo("fa");
    }

    @Test
    void servesDariSpeakersInFarsiWhereNoDariVariantIsOffered() {
        Languages withoutDari = new Languages(new LanguageProperties(List.of(new Language("de", "Deutsch", false),
                new Language("fa", "فارسی", true))));
        assertThat(withoutDari.bestMatch(List.of(Locale.forLanguageTag("prs-AF"))).code()).isEqualTo("fa");
    }

    @Test
    void aVariantFallsBackToItsLanguageAndRecordsWrittenInDariStayDari() {
        assertThat(languages.parentOf(languages.orSource("fa-AF")).map(Language::code)).hasValue("fa");
        assertThat(languages.parentOf(languages.orSource("fa"))).isEmpty();
        assertThat(languages.orSource("fa-AF").code()).isEqualTo("fa-AF");
        assertThat(languages.of(Locale.forLanguageTag("fa-AF")).rtl()).isTrue();
    }

    @Test
    void servesGeorgianToBrowsersAskingForKaOrKaGe() {
        assertThat(languages.bestMatch(List.of(Locale.forLanguageTag("ka-GE"), Locale.ENGLISH)).code())
                .isEqualTo("ka");
        assertThat(languages.bestMatch(List.of(Locale.forLanguageTag("ka"))).code()).isEqualTo("ka");
        assertThat(languages.bestMatch(List.of(Locale.forLanguageTag("sw"), Locale.forLanguageTag("ka")))
                .code()).isEqualTo("ka");
    }

    @Test
    void fillsPlaceholdersWithoutSwallowingApostrophes() {
        assertThat(BundleTranslationProvider.fill("Bureau d'accueil {0}", "Brackel"))
                .isEqualTo("Bureau d'accueil Brackel");
    }
}
