package de.lokalwillkommen.guidance;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The shipped guide content on a real PostgreSQL: the content loader and its repositories without the web layer.
 * Each subclass names a database of its own ({@code EmbeddedPostgresSupport.register}), because the tests keep
 * their data.
 */
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({GuidanceContent.class, GuidanceOnPostgres.Time.class})
abstract class GuidanceOnPostgres {

    @TestConfiguration
    static class Time {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @Autowired
    GuidanceContent content;
    @Autowired
    ArticleRepository articles;
    @Autowired
    TranslationRepository translations;
}
