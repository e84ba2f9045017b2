package de.lokalwillkommen.booking;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.figures.ContactCount;
import de.lokalwillkommen.base.figures.ContactSource;
import de.lokalwillkommen.base.figures.FigureQuery;
import de.lokalwillkommen.base.figures.FigureTable;
import de.lokalwillkommen.base.figures.FigureTable.Key;
import de.lokalwillkommen.base.figures.FigureTableSource;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking's part of the network's figures: attended bookings and walk-ins as contacts (by the consultation's
 * month, office, topic, language, interpreter), and the outcomes of past appointments per channel (self-service,
 * staff on someone's behalf) with the no-show rate. Only anonymous columns are read, so anonymised bookings count
 * as before.
 */
@Component
class BookingFigures implements ContactSource, FigureTableSource {

    static final String BOOKINGS = "figures.source.booking";
    static final String WALK_INS = "figures.source.walkIn";

    private final JdbcTemplate jdbc;
    private final MunicipalityProperties municipality;
    private final Clock clock;

    BookingFigures(JdbcTemplate jdbc, MunicipalityProperties municipality, Clock clock) {
        this.jdbc = jdbc;
        this.municipality = municipality;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContactCount> contacts(FigureQuery query) {
        if (!query.allOffices() && query.officeIds().isEmpty()) {
            return List.of();
        }
        List<ContactCount> counts = new ArrayList<>();
        counts.addAll(grouped(BOOKINGS, """
                select extract(year from s.start_local), extract(month from s.start_local), b.office_id, b.topic,
                  b.language, b.interpreter, count(*), sum(b.persons)
                from booking b join slot s on s.id = b.slot_id
                where b.status = 'ATTENDED' and s.start_local >= ? and s.start_local < ?""", "b.office_id", query));
        counts.addAll(grouped(WALK_INS, """
                select extract(year from w.occurred_at), extract(month from w.occurred_at), w.office_id, w.topic,
                  w.language, w.interpreter, count(*), sum(w.persons)
                from walk_in w
                where w.occurred_at >= ? and w.occurred_at < ?""", "w.office_id", query));
        return counts;
    }

    private List<ContactCount> grouped(String source, String select, String officeColumn, FigureQuery query) {
        List<Object> args = new ArrayList<>(List.of(query.start(), query.end()));
        String sql = select + offices(officeColumn, query, args)
                + " group by 1, 2, 3, 4, 5, 6";
        return jdbc.query(sql, (row, n) -> new ContactCount(source, row.getInt(1), row.getInt(2), row.getLong(3),
                "topic." + row.getString(4), row.getString(5), row.getBoolean(6), row.getLong(7), row.getLong(8)),
                args.toArray());
    }

    private static String offices(String column, FigureQuery query, List<Object> args) {
        if (query.allOffices()) {
            return "";
        }
        args.addAll(query.officeIds());
        return " and " + column + " in (" + String.join(", ", Collections.nCopies(query.officeIds().size(), "?")) + ")";
    }

    @Override
    @Transactional(readOnly = true)
    public List<FigureTable> tables(FigureQuery query) {
        if (!query.allOffices() && query.officeIds().isEmpty()) {
            return List.of();
        }
        // Only appointments that have taken place have an outcome; the rest of the period is still to come.
        LocalDateTime now = municipality.now(clock);
        LocalDateTime until = query.end().isBefore(now) ? query.end() : now;
        List<Object> args = new ArrayList<>(List.of(query.start(), until));
        String sql = """
                select b.channel, b.status, count(*) from booking b join slot s on s.id = b.slot_id
                where s.start_local >= ? and s.start_local < ?""" + offices("b.office_id", query, args)
                + " group by b.channel, b.status";
        var counts = jdbc.query(sql, (row, n) -> new Object[] {row.getString(1), row.getString(2), row.getLong(3)},
                args.toArray()).stream().collect(Collectors.groupingBy(r -> (String) r[0],
                        Collectors.toMap(r -> (String) r[1], r -> (Long) r[2])));
        List<List<Object>> rows = new ArrayList<>();
        long[] total = new long[5];
        for (Channel channel : Channel.values()) {
            var byStatus = counts.getOrDefault(channel.name(), java.util.Map.of());
            long attended = byStatus.getOrDefault("ATTENDED", 0L);
            long noShow = byStatus.getOrDefault("NO_SHOW", 0L);
            long open = byStatus.getOrDefault("BOOKED", 0L);
            long cancelled = byStatus.getOrDefault("CANCELLED", 0L);
            long booked = attended + noShow + open + cancelled;
            long[] line = {booked, attended, noShow, open, cancelled};
            for (int i = 0; i < line.length; i++) {
                total[i] += line[i];
            }
            rows.add(row(new Key("figures.channel." + channel.name()), line));
        }
        rows.add(row(new Key("figures.total"), total));
        return List.of(new FigureTable("appointments", "figures.appointments", List.of("figures.channel",
                "figures.booked", "figures.attended", "figures.noShow", "figures.unmarked", "figures.cancelled",
                "figures.noShowRate"), rows, 1));
    }

    private static List<Object> row(Key label, long[] line) {
        long marked = line[1] + line[2];
        return List.of(label, line[0], line[1], line[2], line[3], line[4], marked == 0 ? 0.0 : (double) line[2] / marked);
    }
}
