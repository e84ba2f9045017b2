package de.lokalwillkommen.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Days, dates, times and ranges in every configured language, from the real bundles and application.yml. */
class LocalDatesTest {

    /** Tuesday 24 November 2026, 14:30–15:00: an afternoon time shows whether a language still writes 12-hour times. */
    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 24, 14, 30);
    private static final LocalDateTime END = LocalDateTime.of(2026, 11, 24, 15, 0);

    /** The words of a worded range in each right-to-left language: "from … to …". */
    private static final Map<String, List<String>> RANGE_WORDS = Map.of("ar", List.of("من", "إلى"),
            "fa", List.of("از", "تا"), "fa-AF", List.of("از", "تا"), "ps", List.of("له", "تر"));

    @Test
    void everyLanguageWritesTimesInTwentyFourHoursWithLatinDigits() throws IOException {
        for (Language language : TranslationBundlesTest.configuredLanguages()) {
            LocalDates dates = TestDates.of(language.code());
            assertThat(dates.time(START)).as(language.code()).isEqualTo("14:30");
            assertThat(dates.range(START, END)).as(language.code()).contains("14:30", "15:00")
                    .doesNotContainPattern("(?i)\\b(AM|PM)\\b|[٠-٩۰-۹]|ድ\\.ቀ|ቅ\\.ቀ|\\s[صم]\\b");
        }
    }

    @Test
    void rangesKeepStartBeforeEndAndRightToLeftLanguagesSayItInWords() throws IOException {
        for (Language language : TranslationBundlesTest.configuredLanguages()) {
            String range = TestDates.of(language.code()).range(START, END);
            assertThat(range.indexOf("14:30")).as(language.code()).isLessThan(range.indexOf("15:00"));
            assertThat(range).as("isolated in %s", language.code()).startsWith("\u2068").endsWith("\u2069");
            if (language.rtl()) {
                List<String> words = RANGE_WORDS.get(language.code());
                assertThat(words).as("expected range words for %s", language.code()).isNotNull();
                assertThat(range.indexOf(words.get(0))).as(language.code()).isGreaterThan(0)
                        .isLessThan(range.indexOf("14:30"));
                assertThat(range.indexOf(words.get(1))).as(language.code()).isGreaterThan(range.indexOf("14:30"))
                        .isLessThan(range.indexOf("15:00"));
            }
        }
        assertThat(TestDates.of("de").range(START, END)).isEqualTo("\u206814:30–15:00 Uhr\u2069");
        assertThat(TestDates.of("ar").range(START, END)).isEqualTo("\u2068من 14:30 إلى 15:00\u2069");
        assertThat(TestDates.of("ps").range(START, END)).isEqualTo("\u2068له 14:30 تر 15:00\u2069");
    }

    @Test
    void weekdayNamesComeFromTheBundleNeverFromTheJdk() throws IOException {
        for (Language language : TranslationBundlesTest.configuredLanguages()) {
            LocalDates dates = TestDates.of(language.code());
            String bundled = TranslationBundlesTest.effectiveBundle(language.code()).getProperty("weekday.TUESDAY");
            String day = dates.day(START.toLocalDate());
            assertThat(day).as(language.code()).startsWith(bundled);
            String jdk = DayOfWeek.TUESDAY.getDisplayName(TextStyle.FULL, dates.locale());
            if (!jdk.equalsIgnoreCase(bundled)) {
                assertThat(day).as("no JDK weekday in %s", language.code()).doesNotContain(jdk);
            }
        }
        assertThat(TestDates.of("ps").day(START.toLocalDate())).startsWith("سه‌شنبه").doesNotContain("درېنۍ");
    }

    @Test
    void kurmanjiPashtoAndTigrinyaDatesAreInDigitsWhereTheJdksMonthNamesAreWeak() {
        LocalDate day = START.toLocalDate();
        assertThat(TestDates.of("kmr").day(day)).isEqualTo("Sêşem, 24.11.2026");
        assertThat(TestDates.of("ps").date(day)).isEqualTo("2026/11/24");
        assertThat(TestDates.of("ti").day(day)).isEqualTo("ሰሉስ፣ 24/11/2026");
        assertThat(TestDates.of("de").day(day)).isEqualTo("Dienstag, 24. November 2026");
        assertThat(TestDates.of("ar").day(day)).isEqualTo("الثلاثاء، 24 نوفمبر 2026");
        assertThat(TestDates.of("fa-AF").date(day)).as("the JDK's Afghan month name").isEqualTo("24 نومبر 2026");
    }

    @Test
    void aLanguageCanShowTheNumericDateBesideTheMonthName() {
        Language somali = new Language("so", "Soomaali", false, Language.DateStyle.NAMED_AND_NUMERIC, "dd/MM/yyyy");
        LocalDates dates = new LocalDates(somali, (key, params) -> key.equals("agenda.dayAndDate")
                ? params[0] + ", " + params[1] : "Talaado");
        assertThat(dates.day(START.toLocalDate())).isEqualTo("Talaado, Noofeembar 24, 2026 (24/11/2026)");
    }

    @Test
    void theNumericDateFollowsTheLanguagesOwnOrderWithAFourDigitYear() {
        assertThat(LocalDates.numericPattern(new Language("bg", "Български", false), java.util.Locale.forLanguageTag("bg")))
                .isEqualTo("dd.MM.yyyy");
        assertThat(LocalDates.numericPattern(new Language("ar", "العربية", true), java.util.Locale.forLanguageTag("ar")))
                .isEqualTo("dd/MM/yyyy");
        assertThat(LocalDates.numericPattern(new Language("en", "English", false), java.util.Locale.ENGLISH))
                .isEqualTo("MM/dd/yyyy");
    }

    @Test
    void kurmanjiIsMappedToTheJdksKuOnlyHere() {
        assertThat(LocalDates.formatLocale(java.util.Locale.forLanguageTag("kmr")).getLanguage()).isEqualTo("ku");
        assertThat(LocalDates.formatLocale(java.util.Locale.forLanguageTag("fa-AF")).toLanguageTag()).isEqualTo("fa-AF");
    }
}
