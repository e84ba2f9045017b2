package de.lokalwillkommen.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

class TranslationBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    static List<Language> configuredLanguages() throws IOException {
        List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                .load("application", new ClassPathResource("application.yml"));
        return new Binder(org.springframework.boot.context.properties.source.ConfigurationPropertySources
                .from(sources)).bind("lw", LanguageProperties.class).get().languages();
    }

    static Properties bundle(String code) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLES.resolve(fileName(code)))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The bundle file of a language code: "sr-Latn" lives in translations_sr_Latn.properties, as ResourceBundle looks it up. */
    static String fileName(String code) {
        return "translations_" + code.replace('-', '_') + ".properties";
    }

    @Test
    void everyOfferedLanguageIsNamedInItselfWithArabicFarsiDariPashtoAndSoraniRightToLeft() throws IOException {
        List<Language> languages = configuredLanguages();
        // Twenty languages and Dari as the variant of Farsi (issue 17), in the switcher's order.
        assertThat(languages).extracting(Language::name).containsExactly("Deutsch", "English", "العربية",
                "فارسی", "دری", "پښتو", "Kurdî (Kurmancî)", "Türkçe", "Українська", "Русский", "Български", "Română",
                "Français", "ትግርኛ", "Polski", "کوردی (سۆرانی)", "Shqip", "Soomaali", "Srpski / Bosanski",
                "Tiếng Việt", "ქართული");
        assertThat(languages.stream().filter(Language::rtl).map(Language::code))
                .containsExactly("ar", "fa", "fa-AF", "ps", "ckb");
    }

    @Test
    void everyConfiguredLanguageHasABundleAndEveryBundleIsConfigured() throws IOException {
        Set<String> configured = configuredLanguages().stream().map(Language::code)
                .map(TranslationBundlesTest::fileName).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(BUNDLES)) {
            Set<String> bundles = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
            assertThat(bundles).isEqualTo(configured);
        }
    }

    @Test
    void everyBundleHasExactlyTheKeysOfTheGermanBundleAndNoEmptyValue() throws IOException {
        Properties german = bundle("de");
        assertThat(german).isNotEmpty();
        Languages languages = new Languages(new LanguageProperties(configuredLanguages()));
        for (Language language : languages.all()) {
            Properties translated = bundle(language.code());
            if (languages.parentOf(language).isPresent()) {
                assertThat(german.stringPropertyNames()).as("keys of the variant %s", language.code())
                        .containsAll(translated.stringPropertyNames());
            } else {
                assertThat(new TreeSet<>(translated.stringPropertyNames()))
                        .as("keys of %s", language.code()).isEqualTo(new TreeSet<>(german.stringPropertyNames()));
            }
            for (String key : translated.stringPropertyNames()) {
                String value = translated.getProperty(key);
                assertThat(value).as("%s in %s", key, language.code()).isNotBlank();
                assertThat(placeholders(value)).as("placeholders of %s in %s", key, language.code())
                        .isEqualTo(placeholders(german.getProperty(key)));
            }
        }
    }

    /**
     * A variant (fa-AF beside fa) holds only the keys whose wording differs: each of them really differs from its
     * parent's, and the bundle is not empty (else the variant would be a second name for the same texts).
     */
    @Test
    void aVariantHoldsOnlyWordingThatDiffersFromItsParent() throws IOException {
        Languages languages = new Languages(new LanguageProperties(configuredLanguages()));
        List<Language> variants = languages.all().stream().filter(l -> languages.parentOf(l).isPresent()).toList();
        assertThat(variants).extracting(Language::code).contains("fa-AF");
        for (Language variant : variants) {
            Properties own = bundle(variant.code());
            Properties parent = bundle(languages.parentOf(variant).orElseThrow().code());
            assertThat(own).as(variant.code()).isNotEmpty();
            for (String key : own.stringPropertyNames()) {
                assertThat(own.getProperty(key)).as("%s in %s", key, variant.code()).isNotEqualTo(parent.getProperty(key));
            }
        }
    }

    @Test
    void dariReadsAfghanWordsAndFallsBackToFarsiThenToTheSource() throws IOException {
        Languages languages = new Languages(new LanguageProperties(configuredLanguages()));
        BundleTranslationProvider texts = new BundleTranslationProvider(languages);
        java.util.Locale dari = java.util.Locale.forLanguageTag("fa-AF");
        assertThat(texts.getTranslation("topic.SCHOOL_KITA", dari)).contains("کودکستان", "مکتب");
        assertThat(texts.getTranslation("guide.search.placeholder", dari)).contains("داکتر");
        assertThat(texts.getTranslation("weekday.TUESDAY", dari)).as("from the Farsi bundle")
                .isEqualTo(bundle("fa").getProperty("weekday.TUESDAY"));
        assertThat(texts.getTranslation("topic.SCHOOL_KITA", java.util.Locale.forLanguageTag("fa")))
                .as("Farsi keeps its own word").contains("مهدکودک");
    }

    /** What a language reads: a variant's own keys over its parent's bundle. */
    static Properties effectiveBundle(String code) throws IOException {
        Languages languages = new Languages(new LanguageProperties(configuredLanguages()));
        Language language = languages.orSource(code);
        Properties effective = new Properties();
        languages.parentOf(language).ifPresent(parent -> effective.putAll(uncheckedBundle(parent.code())));
        effective.putAll(bundle(language.code()));
        return effective;
    }

    private static Properties uncheckedBundle(String code) {
        try {
            return bundle(code);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
