package de.lokalwillkommen.queue;

import de.lokalwillkommen.base.figures.FigureQuery;
import de.lokalwillkommen.base.figures.FigureTable;
import de.lokalwillkommen.base.figures.FigureTableSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue's part of the figures, counted from the queue itself (no manual log): per office and month and per
 * session, the numbers taken without and with a booking, the people called, those who left before being called, and
 * the median and 90th percentile of the wait in minutes. Read from the figures kept when a day's numbers were deleted
 * (queue_session, queue_wait), so only days that are over count.
 */
@Component
class QueueFigures implements FigureTableSource {

    static final List<String> MONTH_COLUMNS = List.of("figures.queue.month", "figures.queue.office",
            "figures.queue.sessions", "figures.queue.walkIns", "figures.queue.checkedIn", "figures.queue.served",
            "figures.queue.left", "figures.queue.median", "figures.queue.p90");
    static final List<String> SESSION_COLUMNS = List.of("figures.queue.day", "figures.queue.office",
            "figures.queue.walkIns", "figures.queue.checkedIn", "figures.queue.served", "figures.queue.left",
            "figures.queue.median", "figures.queue.p90");

    private final JdbcTemplate jdbc;

    QueueFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Day(long id, LocalDate day, String office, int walkIns, int checkedIn, int served, int left,
            Integer median, Integer p90) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<FigureTable> tables(FigureQuery query) {
        if (!query.allOffices() && query.officeIds().isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(List.of(query.from(), query.to()));
        String offices = query.allOffices() ? "" : " and q.office_id in ("
                + String.join(", ", Collections.nCopies(query.officeIds().size(), "?")) + ")";
        if (!query.allOffices()) {
            args.addAll(query.officeIds());
        }
        List<Day> days = jdbc.query("""
                select q.id, q.session_day, o.name, q.walk_ins, q.checked_in, q.served, q.left_early, q.wait_median_s,
                  q.wait_p90_s from queue_session q join office o on o.id = q.office_id
                where q.figures_at is not null and q.session_day >= ? and q.session_day <= ?""" + offices
                + " order by q.session_day, o.name", (row, n) -> new Day(row.getLong(1),
                        row.getObject(2, LocalDate.class), row.getString(3), row.getInt(4), row.getInt(5),
                        row.getInt(6), row.getInt(7), (Integer) row.getObject(8, Integer.class),
                        (Integer) row.getObject(9, Integer.class)), args.toArray());
        if (days.isEmpty()) {
            return List.of();
        }
        List<List<Object>> sessions = days.stream().map(d -> List.<Object>of(d.day().toString(), d.office(),
                (long) d.walkIns(), (long) d.checkedIn(), (long) d.served(), (long) d.left(), minutes(d.median()),
                minutes(d.p90()))).toList();
        Map<String, List<Day>> byMonth = new TreeMap<>();
        days.forEach(d -> byMonth.computeIfAbsent(d.day().toString().substring(0, 7) + "|" + d.office(),
                k -> new ArrayList<>()).add(d));
        List<List<Object>> months = new ArrayList<>();
        for (var month : byMonth.entrySet()) {
            List<Day> group = month.getValue();
            List<Long> waits = waits(group.stream().map(Day::id).toList());
            months.add(List.of(month.getKey().substring(0, 7), group.getFirst().office(), (long) group.size(),
                    sum(group, Day::walkIns), sum(group, Day::checkedIn), sum(group, Day::served), sum(group, Day::left),
                    waits.isEmpty() ? "" : minutes(QueueEstimate.percentile(waits, 50)),
                    waits.isEmpty() ? "" : minutes(QueueEstimate.percentile(waits, 90))));
        }
        return List.of(new FigureTable("queue-months", "figures.queue.title", MONTH_COLUMNS, months, 3),
                new FigureTable("queue-sessions", "figures.queue.sessionsTitle", SESSION_COLUMNS, sessions, 2));
    }

    private List<Long> waits(List<Long> sessionIds) {
        return jdbc.queryForList("select wait_s from queue_wait where session_id in ("
                + String.join(", ", Collections.nCopies(sessionIds.size(), "?")) + ")", Long.class,
                sessionIds.toArray());
    }

    private static long sum(List<Day> days, java.util.function.ToIntFunction<Day> column) {
        return days.stream().mapToInt(column).sum();
    }

    /** Whole minutes, rounded; empty for a session in which nobody was called. */
    private static Object minutes(Integer seconds) {
        return seconds == null ? "" : (Object) Math.round(seconds / 60.0);
    }
}
