package de.lokalwillkommen.message;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AppTest
class MessageRetentionTest {

    @Autowired
    MessageService messages;
    @Autowired
    MessageRetention retention;
    @Autowired
    JdbcTemplate jdbc;

    private long message(String status, LocalDateTime closedAt) {
        String reference = messages.send(MessageServiceTest.request("luetgendortmund")).reference();
        long id = jdbc.queryForObject("select id from message where reference = ?", Long.class, reference);
        jdbc.update("update message set status = ?, closed_at = ? where id = ?", status, closedAt, id);
        jdbc.update("insert into message_note (message_id, author_name, written_at, body) values (?, 'Team', ?, 'Mieterin heißt Amal')",
                id, de.lokalwillkommen.TestDays.now());
        return id;
    }

    @Autowired
    de.lokalwillkommen.base.MunicipalityProperties municipality;
    @Autowired
    java.time.Clock clock;

    private long openMessage(String status, LocalDateTime received, LocalDateTime lastNote) {
        String reference = messages.send(MessageServiceTest.request("luetgendortmund")).reference();
        long id = jdbc.queryForObject("select id from message where reference = ?", Long.class, reference);
        jdbc.update("update message set status = ?, received_at = ? where id = ?", status, received, id);
        jdbc.update("insert into message_note (message_id, author_name, written_at, body) values (?, 'Team', ?, 'Notiz')",
                id, lastNote);
        return id;
    }

    @Test
    void erasesMessagesNeverClosedHalfAYearAfterTheirLastActivityWhateverTheirStatus() {
        LocalDateTime now = municipality.now(clock);
        long forgotten = openMessage("NEW", now.minusDays(200), now.minusDays(190));
        long waiting = openMessage("IN_PROGRESS", now.minusDays(300), now.minusDays(181));
        long stillWorkedOn = openMessage("IN_PROGRESS", now.minusDays(300), now.minusDays(10));

        retention.anonymiseClosedMessages();

        for (long id : new long[] {forgotten, waiting}) {
            assertThat(jdbc.queryForMap("select body, contact_name, anonymised_at from message where id = ?", id))
                    .containsEntry("body", null).containsEntry("contact_name", null)
                    .extractingByKey("anonymised_at").isNotNull();
            assertThat(jdbc.queryForObject("select body from message_note where message_id = ?", String.class, id)).isNull();
        }
        assertThat(jdbc.queryForObject("select body from message where id = ?", String.class, stillWorkedOn)).isNotNull();
    }

    @Test
    void erasesTextContactAndNotesNinetyDaysAfterClosingAndKeepsTheFigures() {
        long old = message("CLOSED", de.lokalwillkommen.TestDays.now().minusDays(91));
        long recent = message("CLOSED", de.lokalwillkommen.TestDays.now().minusDays(10));
        long stillOpen = message("IN_PROGRESS", null);

        retention.anonymiseClosedMessages();

        Map<String, Object> erased = jdbc.queryForMap("select * from message where id = ?", old);
        assertThat(erased.get("body")).isNull();
        assertThat(erased.get("contact_name")).isNull();
        assertThat(erased.get("contact_phone")).isNull();
        assertThat(erased.get("contact_email")).isNull();
        assertThat(erased.get("anonymised_at")).isNotNull();
        assertThat(erased.get("category")).isEqualTo("LANDLORD");
        assertThat(erased.get("answer_language")).isEqualTo("ar");
        assertThat(jdbc.queryForObject("select body from message_note where message_id = ?", String.class, old)).isNull();
        assertThat(jdbc.queryForMap("select * from message where id = ?", recent).get("body")).isNotNull();
        assertThat(jdbc.queryForObject("select body from message_note where message_id = ?", String.class, recent))
                .isEqualTo("Mieterin heißt Amal");
        assertThat(jdbc.queryForMap("select * from message where id = ?", stillOpen).get("contact_email"))
                .isEqualTo("amal@example.com");
    }
}
