package de.lokalwillkommen.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.figures.FigureTable;
import de.lokalwillkommen.base.jobs.RetentionJob;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OfficeService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The quarter's figures of one office, from bookings and walk-ins, before and after retention anonymised them. */
@AppTest
@WithUserDetails("brackel")
class FiguresServiceTest {

    static final LocalDate FROM = LocalDate.of(2019, 1, 1);
    static final LocalDate TO = LocalDate.of(2019, 3, 31);

    @Autowired
    FiguresService figures;
    @Autowired
    OfficeService offices;
    @Autowired
    RetentionJob retention;
    @Autowired
    JdbcTemplate jdbc;

    private long office(String name) {
        return offices.officeRefs().stream().filter(o -> o.name().equals(name)).map(OfficeRef::id).findFirst()
                .orElseThrow();
    }

    private void booking(long office, LocalDateTime start, String topic, String language, boolean interpreter,
            int persons, String channel, String status) {
        jdbc.update("insert into slot (office_id, start_local, end_local, capacity, online_capacity, booked)"
                + " values (?, ?, ?, 1, 1, 1)", office, start, start.plusMinutes(30));
        long slot = jdbc.queryForObject("select max(id) from slot where office_id = ?", Long.class, office);
        String token = UUID.randomUUID().toString();
        jdbc.update("""
                insert into booking (slot_id, office_id, code, manage_token, topic, language, interpreter, persons, name,
                  email, channel, status, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'Amal', 'amal@example.com', ?, ?, ?, ?)""", slot, office,
                token.substring(0, 12), token, topic, language, interpreter, persons, channel, status, start, start);
    }

    private void walkIn(long office, LocalDateTime at, String topic, String language, int persons) {
        jdbc.update("insert into walk_in (office_id, occurred_at, topic, language, persons, interpreter) values"
                + " (?, ?, ?, ?, ?, false)", office, at, topic, language, persons);
    }

    private static List<List<Object>> rows(FigureReport report, String id) {
        return report.tables().stream().filter(t -> t.id().equals(id)).findFirst().map(FigureTable::rows).orElseThrow();
    }

    @Test
    void aQuartersContactsPersonsAndNoShowRateAddUpAndSurviveAnonymisation() {
        long brackel = office("Brackel/Aplerbeck");
        booking(brackel, LocalDateTime.of(2019, 1, 15, 10, 0), "HOUSING", "ar", true, 3, "SELF", "ATTENDED");
        booking(brackel, LocalDateTime.of(2019, 1, 15, 10, 30), "HOUSING", "uk", false, 1, "STAFF", "ATTENDED");
        booking(brackel, LocalDateTime.of(2019, 2, 5, 10, 0), "HEALTH", "ar", false, 2, "SELF", "NO_SHOW");
        booking(brackel, LocalDateTime.of(2019, 3, 5, 10, 0), "WORK", "fa", true, 1, "SELF", "CANCELLED");
        booking(brackel, LocalDateTime.of(2019, 4, 2, 10, 0), "WORK", "fa", true, 1, "SELF", "ATTENDED"); // next quarter
        walkIn(brackel, LocalDateTime.of(2019, 3, 20, 11, 0), "BENEFITS", "ar", 4);
        walkIn(office("Mengede/Huckarde"), LocalDateTime.of(2019, 3, 20, 11, 0), "BENEFITS", "ar", 9); // not ours

        FigureReport before = figures.report(FROM, TO, Optional.empty());

        assertThat(before.contacts()).isEqualTo(3);
        assertThat(before.persons()).isEqualTo(8);
        assertThat(rows(before, "contacts-by-month")).containsExactly(List.of("2019-01", 2L, 4L),
                List.of("2019-02", 0L, 0L), List.of("2019-03", 1L, 4L));
        assertThat(rows(before, "contacts-by-topic")).containsExactly(
                List.of(new FigureTable.Key("topic.HOUSING"), 2L, 4L),
                List.of(new FigureTable.Key("topic.BENEFITS"), 1L, 4L));
        assertThat(rows(before, "contacts-by-language")).containsExactly(List.of("العربية", 2L, 7L),
                List.of("Українська", 1L, 1L));
        assertThat(rows(before, "contacts-by-interpreter")).containsExactlyInAnyOrder(
                List.of(new FigureTable.Key("figures.interpreter.yes"), 1L, 3L),
                List.of(new FigureTable.Key("figures.interpreter.no"), 2L, 5L));
        assertThat(rows(before, "appointments")).containsExactly(
                List.of(new FigureTable.Key("figures.channel.SELF"), 3L, 1L, 1L, 0L, 1L, 0.5),
                List.of(new FigureTable.Key("figures.channel.STAFF"), 1L, 1L, 0L, 0L, 0L, 0.0),
                List.of(new FigureTable.Key("figures.total"), 4L, 2L, 1L, 0L, 1L, 1.0 / 3));

        retention.run();
        assertThat(jdbc.queryForObject("select count(*) from booking b join slot s on s.id = b.slot_id"
                + " where s.start_local < '2019-05-01' and b.name is not null", Integer.class)).isZero();

        FigureReport after = figures.report(FROM, TO, Optional.empty());
        assertThat(after.contacts()).isEqualTo(before.contacts());
        assertThat(after.persons()).isEqualTo(before.persons());
        assertThat(after.tables()).isEqualTo(before.tables());
    }

    @Test
    void staffSeeOnlyTheirOwnOffices() {
        assertThatThrownBy(() -> figures.report(FROM, TO, Optional.of(office("Mengede/Huckarde"))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
