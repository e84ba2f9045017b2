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
    void everyOfferedLanguageIsNamedInItselfWithArabicFarsiAndPashtoRightToLeft() throws IOException {
        List<Language> languages = configuredLanguages();
        assertThat(languages).extracting(Language::name).containsExactly("Deutsch", "English", "العربية",
                "فارسی/دری", "پښتو", "Kurdî (Kurmancî)", "Türkçe", "Українська", "Русский", "Български", "Română",
                "Français", "ትግርኛ", "ქართული");
        assertThat(languages.stream().filter(Language::rtl).map(Language::code)).containsExactly("ar", "fa", "ps");
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
        for (Language language : configuredLanguages()) {
            Properties translated = bundle(language.code());
            assertThat(new TreeSet<>(translated.stringPropertyNames()))
                    .as("keys of %s", language.code()).isEqualTo(new TreeSet<>(german.stringPropertyNames()));
            for (String key : translated.stringPropertyNames()) {
                String value = translated.getProperty(key);
                assertThat(value).as("%s in %s", key, language.code()).isNotBlank();
                assertThat(placeholders(value)).as("placeholders of %s in %s", key, language.code())
                        .isEqualTo(placeholders(german.getProperty(key)));
            }
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
