package de.lokalwillkommen.message;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.figures.FigureQuery;
import de.lokalwillkommen.base.figures.FigureTable;
import de.lokalwillkommen.base.figures.FigureTable.Key;
import de.lokalwillkommen.office.OfficeService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AppTest
class ConversationFiguresTest {

    @Autowired
    MessageService messages;
    @Autowired
    ConversationFigures figures;
    @Autowired
    OfficeService offices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MunicipalityProperties municipality;
    @Autowired
    Clock clock;

    /** A message received on {@code day} at 9:00, answered {@code hours} later (null: not yet). */
    private long conversation(LocalDate day, String language, MessageCategory category, Integer hours) {
        String reference = messages.send(new MessageRequest("mengede-huckarde", category, "Frage", language, "", "", "",
                true, UUID.randomUUID().toString(), null)).reference();
        LocalDateTime received = day.atTime(9, 0);
        jdbc.update("update message set received_at = ?, first_answer_at = ? where reference = ?", received,
                hours == null ? null : received.plusHours(hours), reference);
        return jdbc.queryForObject("select id from message where reference = ?", Long.class, reference);
    }

    @Test
    void firstAnswerTimesPerOfficeAreMedianAndNinetiethPercentileAndConversationsCountPerLanguageAndCategory() {
        // A day of its own, long ago, so that no other test's messages fall into it.
        LocalDate day = municipality.now(clock).toLocalDate().minusDays(777);
        conversation(day, "fa", MessageCategory.NEWCOMER, 2);
        long replied = conversation(day, "fa", MessageCategory.LANDLORD, 10);
        conversation(day, "uk", MessageCategory.NEWCOMER, null);
        jdbc.update("insert into message_reply (message_id, from_office, language, written_at, request_id, body)"
                + " values (?, false, 'fa', ?, ?, 'Danke')", replied, day.atTime(20, 0), UUID.randomUUID().toString());
        long mengede = offices.findBySlug("mengede-huckarde").orElseThrow().id();

        List<FigureTable> tables = figures.tables(new FigureQuery(day, day, Set.of(mengede), false));

        assertThat(tables.get(0).rows()).containsExactly(List.of("Mengede/Huckarde", 3L, 2L, 2L, 10L));
        assertThat(tables.get(1).rows()).containsExactlyInAnyOrder(List.of("فارسی", 2L, 2L, 1L),
                List.of("Українська", 1L, 0L, 0L));
        assertThat(tables.get(2).rows()).containsExactlyInAnyOrder(
                List.of(new Key("message.category.LANDLORD"), 1L, 1L, 1L),
                List.of(new Key("message.category.NEWCOMER.short"), 2L, 1L, 0L));
        // Another office's team sees nothing of these.
        assertThat(figures.tables(new FigureQuery(day, day, Set.of(mengede + 1000), false)).get(0).rows()).isEmpty();
    }

    @Test
    void aPercentileTakesTheNearestRank() {
        assertThat(ConversationFigures.percentile(List.of(60L, 120L, 180L, 240L, 600L), 50)).isEqualTo(180L);
        assertThat(ConversationFigures.percentile(List.of(60L, 120L, 180L, 240L, 600L), 90)).isEqualTo(600L);
        assertThat(ConversationFigures.percentile(List.of(), 90)).isZero();
    }
}
