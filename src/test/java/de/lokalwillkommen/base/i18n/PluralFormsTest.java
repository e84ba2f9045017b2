package de.lokalwillkommen.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Texts that count say "1 Besuch", "2 Besuche" – and the right one of Arabic's six forms. */
class PluralFormsTest {

    private static String walkIns(String code, int visits, int persons) throws IOException {
        return BundleTranslationProvider.fill(TranslationBundlesTest.bundle(code).getProperty("walkin.today"),
                Locale.forLanguageTag(code), visits, persons);
    }

    @Test
    void oneVisitAndOnePersonAreSingularInGermanAndEnglish() throws IOException {
        assertThat(walkIns("de", 1, 1)).isEqualTo("Heute erfasst: 1 Besuch, 1 Person");
        assertThat(walkIns("de", 2, 5)).isEqualTo("Heute erfasst: 2 Besuche, 5 Personen");
        assertThat(walkIns("en", 1, 3)).isEqualTo("Recorded today: 1 visit, 3 persons");
    }

    @Test
    void arabicUsesItsDualAndItsFewAndManyFormsInLatinDigits() throws IOException {
        assertThat(walkIns("ar", 1, 2)).contains("زيارة واحدة", "شخصان");
        assertThat(walkIns("ar", 3, 11)).contains("3 زيارات", "11 شخصًا");
        assertThat(walkIns("ar", 100, 0)).contains("100 زيارة", "لا أشخاص");
    }

    @Test
    void russianAndUkrainianChooseBetweenOneFewAndMany() throws IOException {
        assertThat(walkIns("ru", 21, 3)).isEqualTo("Сегодня учтено: 21 визит, 3 человека");
        assertThat(walkIns("ru", 5, 1)).isEqualTo("Сегодня учтено: 5 визитов, 1 человек");
        assertThat(walkIns("uk", 2, 11)).isEqualTo("Сьогодні враховано: 2 візити, 11 осіб");
    }

    @Test
    void georgianKeepsTheNounSingularAfterANumber() throws IOException {
        assertThat(walkIns("ka", 1, 1)).isEqualTo("დღეს დაფიქსირდა: 1 მოსვლა, 1 პირი");
        assertThat(walkIns("ka", 21, 5)).isEqualTo("დღეს დაფიქსირდა: 21 მოსვლა, 5 პირი");
    }

    @Test
    void textsWithoutCountsKeepTheirApostrophesAndPlainPlaceholders() {
        assertThat(BundleTranslationProvider.fill("Aujourd'hui : {0}", Locale.FRENCH, "x"))
                .isEqualTo("Aujourd'hui : x");
    }

    @Test
    void everyCountingTextParsesInEveryLanguageWithTheArgumentsOfTheGermanText() throws IOException {
        Properties german = TranslationBundlesTest.bundle("de");
        for (Language language : TranslationBundlesTest.configuredLanguages()) {
            Properties translated = TranslationBundlesTest.effectiveBundle(language.code());
            for (String key : german.stringPropertyNames()) {
                String source = german.getProperty(key);
                String text = translated.getProperty(key);
                boolean counts = source.contains(", plural,");
                assertThat(text.contains(", plural,")).as("%s in %s counts like German", key, language.code())
                        .isEqualTo(counts);
                if (counts) {
                    MessageFormat format = new MessageFormat(text, ULocale.forLocale(language.locale()));
                    assertThat(format.getArgumentNames()).as("arguments of %s in %s", key, language.code())
                            .isEqualTo(new MessageFormat(source, ULocale.GERMAN).getArgumentNames());
                    for (int n : new int[] {0, 1, 2, 3, 5, 11, 21, 100, 1001}) {
                        assertThat(format.format(new Object[] {n, n})).as("%s in %s for %d", key, language.code(), n)
                                .doesNotContain("{").doesNotContain("#");
                    }
                }
            }
        }
    }
}
