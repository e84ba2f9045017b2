package de.lokalwillkommen.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Migration 7.14 finds PostgreSQL's own name for the old category check and lets a message have no office. */
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(V7_14__Coordination_messages.class)
class CoordinationMessagesOnPostgresTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "coordination");
    }

    @Autowired
    JdbcTemplate jdbc;

    private void insert(String reference, String category) {
        jdbc.update("""
                insert into message (office_id, reference, idempotency_key, category, body, answer_language, consent_at,
                  received_at) values (null, ?, ?, ?, 'Kontrast', 'de', current_timestamp, current_timestamp)""",
                reference, reference, category);
    }

    @Test
    void aBarrierReportNeedsNoOfficeAndUnknownCategoriesAreStillRefused() {
        insert("N-PGTST2", "ACCESSIBILITY");
        assertThat(jdbc.queryForObject("select count(*) from message where office_id is null", Long.class)).isEqualTo(1);
        assertThatThrownBy(() -> insert("N-PGTST3", "BOGUS")).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void migration20_1AcceptsTranslationReportsAndStillRefusesUnknownCategories() {
        insert("N-PGTST4", "TRANSLATION");
        assertThat(jdbc.queryForObject("select category from message where reference = 'N-PGTST4'", String.class))
                .isEqualTo("TRANSLATION");
        assertThatThrownBy(() -> insert("N-PGTST5", "TRANSLATIONS")).isInstanceOf(DataIntegrityViolationException.class);
    }
}
