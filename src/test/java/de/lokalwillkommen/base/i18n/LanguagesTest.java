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
    void servesSerbianBosnianCroatianAndMontenegrinBrowsersTheLatinSerbianBosnianBundle() {
        Languages withSerbian = new Languages(new LanguageProperties(List.of(new Language("de", "Deutsch", false),
                new Language("sr-Latn", "Srpski / Bosanski", false))));
        for (String tag : List.of("sr", "sr-Latn", "sr-Latn-RS", "sr-Latn-BA", "sr-Cyrl", "sr-Cyrl-RS", "sr-RS",
                "bs", "bs-Latn", "bs-BA", "hr", "hr-HR", "sh", "cnr", "cnr-ME")) {
            assertThat(withSerbian.bestMatch(List.of(Locale.forLanguageTag(tag))).code()).as(tag).isEqualTo("sr-Latn");
        }
        assertThat(withSerbian.bestMatch(List.of(Locale.forLanguageTag("sl"))).code()).isEqualTo("de");
    }

    @Test
    void theOfflinePageLearnsWhoReadsWhatInstead() {
        Languages offered = new Languages(new LanguageProperties(List.of(new Language("de", "Deutsch", false),
                new Language("fa", "فارسی", true), new Language("fa-AF", "دری", true),
                new Language("sr-Latn", "Srpski / Bosanski", false))));
        assertThat(offered.readInstead()).containsEntry("prs", "fa-AF").containsEntry("bs", "sr-Latn")
                .containsEntry("hr", "sr-Latn").containsEntry("sr", "sr-Latn");
        assertThat(languages.readInstead()).as("nothing for languages not offered").containsOnlyKeys("prs");
    }

    @Test
    void servesVietnameseBrowsersVietnamese() {
        Languages withVietnamese = new Languages(new LanguageProperties(List.of(new Language("de", "Deutsch", false),
                new Language("vi", "Tiếng Việt", false))));
        for (String tag : List.of("vi", "vi-VN")) {
            assertThat(withVietnamese.bestMatch(List.of(Locale.forLanguageTag(tag))).code()).as(tag).isEqualTo("vi");
        }
    }

    @Test
    void aLanguageWithAScriptSubtagIsFoundByItsOwnLocaleAndItsCookieValue() {
        Languages withSerbian = new Languages(new LanguageProperties(List.of(new Language("de", "Deutsch", false),
                new Language("sr-Latn", "Srpski / Bosanski", false))));
        Language serbian = withSerbian.byCode("sr-Latn").orElseThrow();
        assertThat(serbian.locale().getScript()).isEqualTo("Latn");
        assertThat(withSerbian.of(serbian.locale())).isEqualTo(serbian);
        assertThat(withSerbian.byCode("sr-latn")).contains(serbian);
        assertThat(withSerbian.orSource("sr-Latn")).isEqualTo(serbian);
    }

    @Test
    void fillsPlaceholdersWithoutSwallowingApostrophes() {
        assertThat(BundleTranslationProvider.fill("Bureau d'accueil {0}", "Brackel"))
                .isEqualTo("Bureau d'accueil Brackel");
    }

    @Test
    void servesSoraniToBrowsersAskingForCkbOrKurdishInArabicScriptButNotForPlainKurdish() {
        Languages kurdish = new Languages(new LanguageProperties(List.of(new Language("de", "Deutsch", false),
                new Language("kmr", "Kurdî (Kurmancî)", false), new Language("ckb", "کوردی (سۆرانی)", true))));
        for (String tag : List.of("ckb", "ckb-IQ", "ckb-IR", "ku-Arab", "ku-Arab-IQ", "ku-IQ")) {
            assertThat(kurdish.bestMatch(List.of(Locale.forLanguageTag(tag))).code()).as(tag).isEqualTo("ckb");
        }
        for (String tag : List.of("ku", "ku-TR", "ku-Latn", "kmr")) {
            assertThat(kurdish.bestMatch(List.of(Locale.forLanguageTag(tag))).code()).as(tag).isNotEqualTo("ckb");
        }
    }

    @Test
    void servesSomaliToBrowsersAskingForSomaliInAnyCountry() {
        Languages somali = new Languages(new LanguageProperties(List.of(new Language("de", "Deutsch", false),
                new Language("so", "Soomaali", false))));
        for (String tag : List.of("so", "so-SO", "so-ET", "so-KE", "so-DJ")) {
            assertThat(somali.bestMatch(List.of(Locale.forLanguageTag(tag), Locale.GERMAN)).code()).as(tag)
                    .isEqualTo("so");
        }
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
    void servesGeorgianToBrowsersAskingForKaOrKaGe() {
        Languages languages = new Languages(new LanguageProperties(List.of(new Language("de", "Deutsch", false),
                new Language("en", "English", false), new Language("ka", "ქართული", false))));
        assertThat(languages.bestMatch(List.of(Locale.forLanguageTag("ka-GE"), Locale.ENGLISH)).code())
                .isEqualTo("ka");
        assertThat(languages.bestMatch(List.of(Locale.forLanguageTag("ka"))).code()).isEqualTo("ka");
        assertThat(languages.bestMatch(List.of(Locale.forLanguageTag("sw"), Locale.forLanguageTag("ka")))
                .code()).isEqualTo("ka");
    }
}
