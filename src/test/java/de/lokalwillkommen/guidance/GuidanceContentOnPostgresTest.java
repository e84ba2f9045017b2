package de.lokalwillkommen.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The shipped articles reach a real PostgreSQL through the migrations, once, however often the app starts. */
class GuidanceContentOnPostgresTest extends GuidanceOnPostgres {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "guidance");
    }

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
