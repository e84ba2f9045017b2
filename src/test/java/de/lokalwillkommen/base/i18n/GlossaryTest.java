package de.lokalwillkommen.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One term per concept per language: every language with a bundle keeps a glossary in docs/glossary (how a
 * "word" is found in Arabic and Ethiopic script is explained on {@link Glossary}), its bundle and its guidance
 * articles use none of the variants the glossary rules out, and each chosen term is really used.
 */
class GlossaryTest {

    static final List<String> REQUIRED_CONCEPTS = List.of("district", "office", "appointment", "consultation",
            "volunteer", "office-hours", "interpreter", "you");
    private static final Path ARTICLES = Path.of("src/main/resources/guidance/articles");

    @Test
    void everyLanguageWithABundleHasAGlossaryWithTheCoreConcepts() throws IOException {
        for (String code : languagesWithBundles()) {
            Optional<Glossary> glossary = Glossary.forLanguage(code);
            assertThat(glossary).as("docs/glossary/%s.tsv", code).isPresent();
            assertThat(glossary.get().concepts()).as("concepts in %s", code).containsAll(REQUIRED_CONCEPTS);
        }
    }

    @Test
    void noBundleValueUsesAVariantItsGlossaryRulesOut() throws IOException {
        List<String> faults = new ArrayList<>();
        for (String code : languagesWithBundles()) {
            Optional<Glossary> glossary = Glossary.forLanguage(code);
            if (glossary.isEmpty()) {
                continue; // reported by everyLanguageWithABundleHasAGlossaryWithTheCoreConcepts
            }
            Properties bundle = TranslationBundlesTest.bundle(code);
            new TreeMap<>(bundle).forEach((key, value) -> glossary.get().ruledOutIn((String) value)
                    .forEach(variant -> faults.add(code + " " + key + " uses " + variant)));
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void everyChosenTermOccursInItsBundle() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String code : languagesWithBundles()) {
            // A regional variant's bundle holds only the keys that differ: its terms are checked with its base.
            Optional<Glossary> glossary = Glossary.of(code);
            if (glossary.isEmpty()) {
                continue;
            }
            String all = String.join("\n", TranslationBundlesTest.bundle(code).values().stream()
                    .map(String.class::cast).toList());
            glossary.get().entries().stream().filter(entry -> !glossary.get().usesTerm(entry, all))
                    .forEach(entry -> missing.add(code + " " + entry.concept() + ": " + entry.term()));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noGuidanceArticleUsesAVariantItsLanguagesGlossaryRulesOut() throws IOException {
        List<String> faults = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ARTICLES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String code = file.getFileName().toString().replace(".md", "");
                Optional<Glossary> glossary = Glossary.forLanguage(code);
                if (glossary.isPresent()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    glossary.get().ruledOutIn(text).forEach(v -> faults.add(ARTICLES.relativize(file) + " uses " + v));
                }
            }
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void aBadLineIsFoundInLatinCyrillicArabicAndEthiopicWriting() {
        Glossary glossary = Glossary.parse("ar", List.of(
                "# a comment",
                "office\tnivîsgeh\tofîs*|buro",
                "district\tحي\tمنطقة|منطقت*",
                "district-ti\tክፍለ ከተማ\tዞባ",
                "appointment\tنوبت\tوقت ملاقات",
                "you\tВи\tви|ваш\tcase"));
        assertThat(glossary.ruledOutIn("Ji bo vê herêmê hîn ofîsa me tune.")).containsExactly("office: ofîs*");
        assertThat(glossary.ruledOutIn("Buro vekirî ye.")).containsExactly("office: buro");
        assertThat(glossary.ruledOutIn("Buroya me")).as("no * means the whole word").isEmpty();
        assertThat(glossary.ruledOutIn("اختر مكتب منطقتك.")).containsExactly("district: منطقت*");
        assertThat(glossary.ruledOutIn("في المنطقة")).as("proclitic ال").containsExactly("district: منطقة");
        assertThat(glossary.ruledOutIn("ومنطقتهم")).as("و and a suffix on a stem").containsExactly("district: منطقت*");
        assertThat(glossary.ruledOutIn("ናይ ዞባኹም ቤት ጽሕፈት")).containsExactly("district-ti: ዞባ");
        assertThat(glossary.ruledOutIn("ንዞባታት")).containsExactly("district-ti: ዞባ");
        assertThat(glossary.ruledOutIn("وقت ملاقات شما: {1}")).containsExactly("appointment: وقت ملاقات");
        assertThat(glossary.ruledOutIn("وقت‌های ملاقات")).as("another word between").isEmpty();
        assertThat(glossary.ruledOutIn("У якому районі міста ви живете?")).containsExactly("you: ви");
        assertThat(glossary.ruledOutIn("У якому районі міста Ви живете? Ваш запис")).isEmpty();
    }

    @Test
    void aWordThatOnlyLooksLikeAVariantIsNotFound() {
        Glossary glossary = Glossary.parse("ar", List.of("district\tمنطقه\tحي", "x\ty\tofis*", "d\tilçe\tsemt*"));
        assertThat(glossary.ruledOutIn("الحياة")).as("life is not a district").isEmpty();
        assertThat(glossary.ruledOutIn("حيّك")).containsExactly("district: حي");
        assertThat(glossary.ruledOutIn("Profisyonel")).isEmpty();
        assertThat(glossary.ruledOutIn("İlçenizin bürosu, SEMTTE değil")).containsExactly("d: semt*");
    }

    @Test
    void persianWordsTakeNoArabicClitics() {
        Glossary persian = Glossary.parse("fa", List.of("you\tشما\tکن"));
        assertThat(persian.ruledOutIn("بالکن را تمیز نگه دارید")).as("balcony").isEmpty();
        assertThat(persian.ruledOutIn("بله، لغو کن")).containsExactly("you: کن");
        assertThat(persian.ruledOutIn("بله، لغو کنید")).isEmpty();
    }

    @Test
    void theChosenTermCountsInAnyInflectedForm() {
        Glossary glossary = Glossary.parse("xx", List.of("district\tilçe\tsemt*", "d2\tክፍለ ከተማ\tዞባ"));
        assertThat(glossary.usesTerm(glossary.entries().get(0), "İlçenizin bürosunu seçin")).isTrue();
        assertThat(glossary.usesTerm(glossary.entries().get(1), "ኣብዞም ክፍለ-ከተማታት")).isTrue();
        assertThat(glossary.usesTerm(glossary.entries().get(0), "Semtinizi seçin")).isFalse();
    }

    @Test
    void aRegionalVariantWithoutItsOwnGlossaryUsesItsBaseLanguagesOne() throws IOException {
        assertThat(Glossary.forLanguage("fa-AF")).map(Glossary::language).contains("fa");
        assertThat(Glossary.forLanguage("xx-YY")).isEmpty();
    }

    @Test
    void aLineWithoutATermIsRefused() {
        assertThatThrownBy(() -> Glossary.parse("xx", List.of("district"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Glossary.parse("xx", List.of("district\t\tsemt"))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Configured languages whose bundle exists (the German source included). */
    static List<String> languagesWithBundles() throws IOException {
        List<String> codes = new ArrayList<>();
        for (Language language : TranslationBundlesTest.configuredLanguages()) {
            if (Files.exists(Path.of("src/main/resources/vaadin-i18n", TranslationBundlesTest.fileName(language.code())))) {
                codes.add(language.code());
            }
        }
        return codes;
    }
}
