package de.lokalwillkommen.volunteer;

import de.lokalwillkommen.base.figures.FigureQuery;
import de.lokalwillkommen.base.figures.FigureTable;
import de.lokalwillkommen.base.figures.FigureTable.Key;
import de.lokalwillkommen.base.figures.FigureTableSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteering in the figures for the city, per type of help: offers registered, needs recorded and matches
 * started in the period. Offers serve districts, not offices: for a team they are the offers for the city as a
 * whole or for one of its districts. Only columns that survive erasure are read, so erased offers still count.
 */
@Component
class VolunteerFigures implements FigureTableSource {

    private final JdbcTemplate jdbc;

    VolunteerFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FigureTable> tables(FigureQuery query) {
        if (!query.allOffices() && query.officeIds().isEmpty()) {
            return List.of();
        }
        Map<String, Long> offers = counts("""
                select h.help_type, count(*) from volunteer_offer o join volunteer_offer_help h on h.offer_id = o.id
                where o.created_at >= ? and o.created_at < ?""", "o.whole_city or exists (select 1 from"
                + " volunteer_offer_district d join office_district od on od.district_id = d.district_id"
                + " where d.offer_id = o.id and od.office_id in (%s))", "h.help_type", query);
        Map<String, Long> needs = counts("""
                select n.help_type, count(*) from volunteer_need n
                where n.created_at >= ? and n.created_at < ?""", "n.office_id in (%s)", "n.help_type", query);
        Map<String, Long> matches = counts("""
                select n.help_type, count(*) from volunteer_match m join volunteer_need n on n.id = m.need_id
                where m.starts_on >= ? and m.starts_on < ?""", "n.office_id in (%s)", "n.help_type", query);
        List<List<Object>> rows = new ArrayList<>();
        long[] total = new long[3];
        for (HelpType type : HelpType.values()) {
            long[] line = {offers.getOrDefault(type.name(), 0L), needs.getOrDefault(type.name(), 0L),
                    matches.getOrDefault(type.name(), 0L)};
            for (int i = 0; i < line.length; i++) {
                total[i] += line[i];
            }
            rows.add(List.of(new Key("volunteer.help." + type.name()), line[0], line[1], line[2]));
        }
        rows.add(List.of(new Key("figures.total"), total[0], total[1], total[2]));
        return List.of(new FigureTable("volunteering", "figures.volunteering", List.of("figures.volunteering.help",
                "figures.volunteering.offers", "figures.volunteering.needs", "figures.volunteering.matches"), rows, 1));
    }

    private Map<String, Long> counts(String select, String officeCondition, String group, FigureQuery query) {
        List<Object> args = new ArrayList<>(List.of(query.start(), query.end()));
        String sql = select;
        if (!query.allOffices()) {
            sql += " and (" + officeCondition.formatted(String.join(", ",
                    Collections.nCopies(query.officeIds().size(), "?"))) + ")";
            args.addAll(query.officeIds());
        }
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(sql + " group by " + group, row -> {
            counts.put(row.getString(1), row.getLong(2));
        }, args.toArray());
        return counts;
    }
}
