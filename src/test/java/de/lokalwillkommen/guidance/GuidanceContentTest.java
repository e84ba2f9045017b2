package de.lokalwillkommen.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.guidance.GuidanceContent.ContentFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The articles shipped with the app: complete, in the required languages, and inventing no contact data. */
class GuidanceContentTest {

    private static final Map<String, Map<String, ContentFile>> CONTENT = GuidanceContent.read();
    /** Nationwide numbers every article may give; anything else must come from the network's documents. */
    private static final Set<String> NATIONWIDE = Set.of("112", "110", "116117", "116016");
    /** Latin, Arabic-Indic (٠–٩, Arabic) and Extended Arabic-Indic (۰–۹, Farsi, Pashto) digits. */
    private static final String DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";
    static final Pattern NUMBER = Pattern.compile("\\+?" + DIGIT + "[0-9\\u0660-\\u0669\\u06F0-\\u06F9 /-]{1,}" + DIGIT);

    @Test
    void atLeastTwelveArticlesInGermanEnglishArabicFarsiAndUkrainian() {
        assertThat(CONTENT).hasSizeGreaterThanOrEqualTo(12);
        CONTENT.forEach((slug, files) -> assertThat(files.keySet()).as(slug).contains("de", "en", "ar", "fa", "uk"));
    }

    @Test
    void everyLifeTopicHasAnArticle() {
        Set<GuideTopic> topics = CONTENT.values().stream()
                .map(files -> GuideTopic.valueOf(files.get("de").meta("topic").toUpperCase()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(GuideTopic.class)));
        assertThat(topics).containsExactlyInAnyOrder(GuideTopic.values());
    }

    @Test
    void everyFileHasTitleSummariesAndABodyThatLinksToTheOffices() {
        CONTENT.forEach((slug, files) -> files.forEach((language, file) -> {
            TranslationText text = file.text();
            assertThat(text.isComplete()).as("%s/%s", slug, language).isTrue();
            assertThat(text.easySummary()).as("%s/%s easy", slug, language).isNotBlank();
            assertThat(text.body()).as("%s/%s", slug, language).contains("](offices)");
            assertThat(file.meta().get("status")).as("%s/%s status", slug, language)
                    .isIn("translated", "reviewed", "machine-draft");
        }));
    }

    @Test
    void theRequiredLanguagesAreRealTranslationsNotMachineDrafts() {
        CONTENT.forEach((slug, files) -> List.of("de", "en", "ar", "fa", "uk").forEach(language ->
                assertThat(files.get(language).meta().get("status")).as("%s/%s", slug, language)
                        .isNotEqualTo("machine-draft")));
    }

    @Test
    void noArticleInventsAPhoneNumber() throws IOException {
        Set<String> known = knownNumbers();
        CONTENT.forEach((slug, files) -> files.forEach((language, file) -> {
            TranslationText text = file.text();
            Matcher m = NUMBER.matcher(String.join("\n", text.title(), text.summary(), text.easySummary(), text.body()));
            while (m.find()) {
                String digits = latinDigits(m.group()).replaceAll("[^0-9]", "");
                if (digits.length() < 3 || digits.length() <= 4 && !digits.startsWith("11")) {
                    continue; // years, lessons, euros, ages: not phone numbers
                }
                assertThat(NATIONWIDE.contains(digits) || known.contains(digits))
                        .as("%s/%s mentions %s, which is no nationwide number and not in the network's documents",
                                slug, language, m.group()).isTrue();
            }
        }));
    }

    @Test
    void theEmergencyArticleGivesTheNationwideNumbers() {
        ContentFile german = CONTENT.get("notruf").get("de");
        assertThat(german.body()).contains("**112**", "**110**", "**116 117**");
    }

    static String latinDigits(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.appendCodePoint(c >= 0x06F0 && c <= 0x06F9 ? '0' + (c - 0x06F0)
                : c >= 0x0660 && c <= 0x0669 ? '0' + (c - 0x0660) : c));
        return b.toString();
    }

    @Test
    void theNumberCheckReadsArabicIndicAndPersianDigits() {
        Matcher arabic = NUMBER.matcher("اتصل بالرقم ٠٢٣١ ٥٥٥٤٤٣ الآن");
        assertThat(arabic.find()).isTrue();
        assertThat(latinDigits(arabic.group()).replaceAll("[^0-9]", "")).isEqualTo("0231555443");
        Matcher persian = NUMBER.matcher("با ۱۱۲ تماس بگیرید");
        assertThat(persian.find()).isTrue();
        assertThat(latinDigits(persian.group())).isEqualTo("112");
    }

    /** Phone numbers in the network's published documents (../shared/seeds), where present. */
    private static Set<String> knownNumbers() throws IOException {
        Path seeds = Path.of("../shared/seeds");
        if (!Files.isDirectory(seeds)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(seeds)) {
            return files.flatMap(p -> {
                try {
                    return NUMBER.matcher(Files.readString(p)).results().map(r -> r.group().replaceAll("[^0-9]", ""));
                } catch (IOException e) {
                    return Stream.empty();
                }
            }).collect(Collectors.toSet());
        }
    }
}
