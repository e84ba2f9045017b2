package de.lokalwillkommen.push;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.figures.FigureQuery;
import de.lokalwillkommen.base.figures.FigureTable;
import de.lokalwillkommen.base.figures.FigureTableSource;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether push reminders help: per month, the appointments with a recorded outcome (attended or not shown) that
 * got a push reminder and those that did not, each with its no-show rate. Reads only anonymous columns and
 * {@code push_reminded} (a booking id), so it keeps working after the personal data is erased.
 */
@Component
class PushFigures implements FigureTableSource {

    private final JdbcTemplate jdbc;
    private final MunicipalityProperties municipality;
    private final Clock clock;

    PushFigures(JdbcTemplate jdbc, MunicipalityProperties municipality, Clock clock) {
        this.jdbc = jdbc;
        this.municipality = municipality;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FigureTable> tables(FigureQuery query) {
        if (!query.allOffices() && query.officeIds().isEmpty()) {
            return List.of();
        }
        LocalDateTime now = municipality.now(clock);
        LocalDateTime until = query.end().isBefore(now) ? query.end() : now;
        List<Object> args = new ArrayList<>(List.of(query.start(), until));
        String offices = "";
        if (!query.allOffices()) {
            args.addAll(query.officeIds());
            offices = " and b.office_id in (" + String.join(", ", Collections.nCopies(query.officeIds().size(), "?"))
                    + ")";
        }
        // month -> [reminded marked, reminded no-show, not reminded marked, not reminded no-show]
        Map<String, long[]> months = new TreeMap<>();
        jdbc.query("""
                select extract(year from s.start_local), extract(month from s.start_local),
                  case when r.owner_id is null then 0 else 1 end, b.status, count(*)
                from booking b join slot s on s.id = b.slot_id
                  left join push_reminded r on r.owner_kind = 'BOOKING' and r.owner_id = b.id
                where b.status in ('ATTENDED', 'NO_SHOW') and s.start_local >= ? and s.start_local < ?"""
                + offices + " group by 1, 2, 3, 4", row -> {
                    String month = String.format("%04d-%02d", row.getInt(1), row.getInt(2));
                    long[] line = months.computeIfAbsent(month, m -> new long[4]);
                    int base = row.getInt(3) == 1 ? 0 : 2;
                    line[base] += row.getLong(5);
                    if ("NO_SHOW".equals(row.getString(4))) {
                        line[base + 1] += row.getLong(5);
                    }
                }, args.toArray());
        List<List<Object>> rows = new ArrayList<>();
        months.forEach((month, line) -> rows.add(List.of(month, line[0], rate(line[1], line[0]), line[2],
                rate(line[3], line[2]))));
        return List.of(new FigureTable("push-reminders", "figures.push.title", List.of("figures.push.month",
                "figures.push.reminded", "figures.push.remindedRate", "figures.push.notReminded",
                "figures.push.notRemindedRate"), rows, 2));
    }

    private static double rate(long noShows, long marked) {
        return marked == 0 ? 0.0 : (double) noShows / marked;
    }
}
