package de.lokalwillkommen.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    private final Languages languages = new Languages(new LanguageProperties(List.of(
            new Language("de", "Deutsch", false), new Language("en", "English", false),
            new Language("ar", "العربية", true), new Language("fa", "فارسی", true), new Language("fa-AF", "دری", true))));

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
    void servesTheConfiguredPolishAndAlbanianToTheCodesTheirBrowsersSend() throws IOException {
        Languages configured = new Languages(new LanguageProperties(TranslationBundlesTest.configuredLanguages()));
        // Albanian browsers send sq-AL (Albania), sq-XK (Kosovo) or sq-MK (North Macedonia); all read the same sq bundle.
        Map<String, String> expected = Map.of("pl", "pl", "pl-PL", "pl", "sq", "sq", "sq-AL", "sq", "sq-XK", "sq",
                "sq-MK", "sq");
        expected.forEach((tag, code) -> assertThat(
                configured.bestMatch(List.of(Locale.forLanguageTag(tag), Locale.ENGLISH)).code()).as(tag).isEqualTo(code));
    }

    @Test
    void countsWithPolishAndAlbanianPluralFormsFromTheShippedBundles() throws IOException {
        BundleTranslationProvider texts = new BundleTranslationProvider(
                new Languages(new LanguageProperties(TranslationBundlesTest.configuredLanguages())));
        // Polish has one/few/many: 1 wizyta, 22 wizyty, 5 wizyt; Albanian one/other.
        assertThat(texts.getTranslation("walkin.today", Locale.forLanguageTag("pl"), 5, 22))
                .isEqualTo("Zapisano dzisiaj: 5 wizyt, 22 osoby");
        assertThat(texts.getTranslation("walkin.today", Locale.forLanguageTag("pl"), 1, 1))
                .isEqualTo("Zapisano dzisiaj: 1 wizyta, 1 osoba");
        assertThat(texts.getTranslation("walkin.today", Locale.forLanguageTag("sq"), 1, 3))
                .isEqualTo("Regjistruar sot: 1 vizitë, 3 persona");
        assertThat(texts.getTranslation("weekday.TUESDAY", Locale.forLanguageTag("sq-XK"))).isEqualTo("e martë");
    }

    @Test
    void fillsPlaceholdersWithoutSwallowingApostrophes() {
        assertThat(BundleTranslationProvider.fill("Bureau d'accueil {0}", "Brackel"))
                .isEqualTo("Bureau d'accueil Brackel");
    }
}
