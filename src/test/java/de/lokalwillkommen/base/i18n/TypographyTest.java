package de.lokalwillkommen.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Typography a reader notices: French puts a non-breaking space before ": ; ? !" (else "?" can wrap alone
 * onto the next line), Ukrainian writes its apostrophe ("ім’я") one way only: ’ (U+2019).
 */
class TypographyTest {

    /** Any space that may break (or none at all after a letter) before French high punctuation. */
    private static final Pattern FRENCH_BREAKABLE_SPACE = Pattern.compile("[\\s&&[^\\u00A0\\u202F]][:;?!]");
    /** A typewriter apostrophe, a modifier letter apostrophe or a backtick inside a word. */
    private static final Pattern UKRAINIAN_OTHER_APOSTROPHE = Pattern.compile("(?<=\\p{L})['\\u02BC`](?=\\p{L})");

    static boolean hasBreakableSpaceBeforePunctuation(String frenchValue) {
        return FRENCH_BREAKABLE_SPACE.matcher(frenchValue).find();
    }

    static boolean hasOtherApostrophe(String ukrainianValue) {
        return UKRAINIAN_OTHER_APOSTROPHE.matcher(ukrainianValue).find();
    }

    @Test
    void everyFrenchValueHasANonBreakingSpaceBeforeColonSemicolonQuestionAndExclamationMarks() throws IOException {
        assertThat(offending("fr", TypographyTest::hasBreakableSpaceBeforePunctuation)).isEmpty();
    }

    @Test
    void everyUkrainianValueWritesTheApostropheAsRightSingleQuotationMark() throws IOException {
        assertThat(offending("uk", TypographyTest::hasOtherApostrophe)).isEmpty();
    }

    /**
     * Only a counting text goes through ICU's MessageFormat, where '' stands for one apostrophe; every other text is
     * filled by plain replacement (BundleTranslationProvider), so a doubled apostrophe would show as typed.
     */
    static boolean hasDoubledApostropheOutsideACountingText(String value) {
        return value.contains("''") && !value.matches("(?s).*\\{\\d+,\\s*plural.*");
    }

    @Test
    void noValueOutsideACountingTextDoublesItsApostrophes() throws IOException {
        for (Language language : TranslationBundlesTest.configuredLanguages()) {
            if (java.nio.file.Files.exists(java.nio.file.Path.of("src/main/resources/vaadin-i18n",
                    TranslationBundlesTest.fileName(language.code())))) {
                assertThat(offending(language.code(), TypographyTest::hasDoubledApostropheOutsideACountingText))
                        .as(language.code()).isEmpty();
            }
        }
        assertThat(hasDoubledApostropheOutsideACountingText("the app''s test suite")).isTrue();
        assertThat(hasDoubledApostropheOutsideACountingText("{0, plural, one {l''offre} other {# offres}}")).isFalse();
    }

    @Test
    void theChecksCatchANormalSpaceAndATypewriterApostrophe() {
        assertThat(hasBreakableSpaceBeforePunctuation("Adresse : sera ajoutée")).isTrue();
        assertThat(hasBreakableSpaceBeforePunctuation("Annuler ?")).isTrue();
        assertThat(hasBreakableSpaceBeforePunctuation("Annuler\u202F? Adresse\u00A0: ici ; non")).isTrue();
        assertThat(hasBreakableSpaceBeforePunctuation("Annuler\u202F? Adresse\u00A0: https://exemple.fr")).isFalse();
        assertThat(hasOtherApostrophe("Ваше ім'я")).isTrue();
        assertThat(hasOtherApostrophe("пʼятниця")).isTrue();
        assertThat(hasOtherApostrophe("Ваше ім’я, 'цитата'")).isFalse();
    }

    private static List<String> offending(String code, java.util.function.Predicate<String> fault) throws IOException {
        Properties bundle = TranslationBundlesTest.bundle(code);
        return new TreeMap<>(bundle).entrySet().stream()
                .filter(e -> fault.test((String) e.getValue()))
                .map(e -> e.getKey() + "=" + e.getValue()).toList();
    }
}
