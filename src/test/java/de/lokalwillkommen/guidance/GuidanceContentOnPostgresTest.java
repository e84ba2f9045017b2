package de.lokalwillkommen.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.EmbeddedPostgresSupport;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The shipped articles reach a real PostgreSQL through the migrations, once, however often the app starts. */
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({GuidanceContent.class, GuidanceContentOnPostgresTest.Time.class})
class GuidanceContentOnPostgresTest {

    @TestConfiguration
    static class Time {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "guidance");
    }

    @Autowired
    GuidanceContent content;
    @Autowired
    ArticleRepository articles;
    @Autowired
    TranslationRepository translations;

    @Test
    void theContentIsAddedOnceAndRestartsChangeNothing() {
        content.run(new DefaultApplicationArguments());
        long articleCount = articles.count();
        long translationCount = translations.count();
        assertThat(articleCount).isGreaterThanOrEqualTo(12);
        assertThat(translationCount).isGreaterThanOrEqualTo(articleCount * 5);
        assertThat(articles.findBySlug("notruf").orElseThrow().isPublished()).isTrue();

        content.run(new DefaultApplicationArguments());
        assertThat(articles.count()).isEqualTo(articleCount);
        assertThat(translations.count()).isEqualTo(translationCount);
    }
}
