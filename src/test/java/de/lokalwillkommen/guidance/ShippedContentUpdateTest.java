package de.lokalwillkommen.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.EmbeddedPostgresSupport;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A database filled before a correction of the shipped articles gets the corrected texts on the next start:
 * the German source moves on, the languages shipped with it are current, every other language is outdated.
 */
class ShippedContentUpdateTest extends GuidanceOnPostgres {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "guidanceupdate");
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestEntityManager entities;

    private Map<String, Translation> anmelden() {
        long id = articles.findBySlug("anmelden").orElseThrow().getId();
        return translations.findByArticleId(id).stream().collect(Collectors.toMap(Translation::getLanguage, t -> t));
    }

    @Test
    void aCorrectedShippedArticleReachesAnOlderDatabaseAndMarksTheOtherLanguagesOutdated() {
        content.run(new DefaultApplicationArguments());
        entities.flush();
        // As a database looked before the correction: content version 1, the old German text, a Turkish translation.
        long id = articles.findBySlug("anmelden").orElseThrow().getId();
        jdbc.update("update guide_article set shipped_content = 1 where id = ?", id);
        jdbc.update("update guide_translation set body = 'alter Text ohne Hinweis auf das BAMF' where article_id = ?"
                + " and language in ('de', 'en')", id);
        jdbc.update("""
                insert into guide_translation (article_id, language, title, summary, easy_summary, body, status,
                  source_version, updated_at, version)
                values (?, 'tr', 'Adres kaydı', 'Özet', 'Kolay', 'Metin', 'TRANSLATED', 1, current_timestamp, 0)""", id);
        entities.clear(); // what the JDBC updates wrote, not what the first run left in the persistence context
        int sourceBefore = articles.findBySlug("anmelden").orElseThrow().getSourceVersion();

        content.run(new DefaultApplicationArguments());

        Article article = articles.findBySlug("anmelden").orElseThrow();
        assertThat(article.getShippedContent()).isEqualTo(2);
        assertThat(article.getSourceVersion()).isEqualTo(sourceBefore + 1);
        Map<String, Translation> rows = anmelden();
        assertThat(rows.get("de").text().body()).contains("§ 10 Asylgesetz");
        assertThat(rows.get("en").text().body()).contains("§ 10 Asylum Act");
        assertThat(rows.get("en").statusAgainst(article.getSourceVersion())).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(rows.get("ar").statusAgainst(article.getSourceVersion())).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(rows.get("tr").getStatus()).isEqualTo(TranslationStatus.OUTDATED);

        // A third start changes nothing more.
        content.run(new DefaultApplicationArguments());
        assertThat(articles.findBySlug("anmelden").orElseThrow().getSourceVersion()).isEqualTo(sourceBefore + 1);
    }
}
