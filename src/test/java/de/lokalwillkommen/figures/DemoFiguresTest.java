package de.lokalwillkommen.figures;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.figures.FigureTable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The demo's half year of history, as the coordination reports it: the figures add up to what the tables hold. */
@AppTest
@WithUserDetails("koordination")
class DemoFiguresTest {

    @Autowired
    FiguresService figures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MunicipalityProperties municipality;
    @Autowired
    Clock clock;

    @Test
    void theDemoHalfYearsContactsAreTheAttendedBookingsPlusTheWalkIns() {
        LocalDate today = municipality.now(clock).toLocalDate();
        LocalDate from = today.minusDays(182);
        LocalDate to = today.minusDays(2);

        FigureReport report = figures.report(from, to, Optional.empty());

        long attended = count("select count(*) from booking b join slot s on s.id = b.slot_id where b.status = 'ATTENDED'"
                + " and s.start_local >= ? and s.start_local < ?", from, to);
        long walkIns = count("select count(*) from walk_in where occurred_at >= ? and occurred_at < ?", from, to);
        assertThat(report.contacts()).isPositive().isEqualTo(attended + walkIns);
        List<Object> total = report.tables().stream().filter(t -> t.id().equals("appointments")).findFirst()
                .map(FigureTable::rows).orElseThrow().getLast();
        System.out.printf("FIGURE demo data %s to %s, all offices: %d contacts (%d attended bookings, %d walk-ins),"
                + " %d persons; appointments booked %s, attended %s, no-show %s, cancelled %s, no-show rate %.1f %%%n",
                from, to, report.contacts(), attended, walkIns, report.persons(), total.get(1), total.get(2),
                total.get(3), total.get(5), 100 * (Double) total.get(6));
    }

    private long count(String sql, LocalDate from, LocalDate to) {
        Long n = jdbc.queryForObject(sql, Long.class, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
        return n == null ? 0 : n;
    }
}
