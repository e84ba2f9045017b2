package de.lokalwillkommen.message;

import de.lokalwillkommen.base.figures.ContactCount;
import de.lokalwillkommen.base.figures.ContactSource;
import de.lokalwillkommen.base.figures.FigureQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages to the teams count as contacts in the figures for the city: one contact and one person each, in the
 * month received, with the sender's category in place of a topic and the answer language. Only columns that
 * retention keeps are read, so anonymised messages still count.
 */
@Component
class MessageFigures implements ContactSource {

    static final String SOURCE = "figures.source.message";

    private final JdbcTemplate jdbc;

    MessageFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContactCount> contacts(FigureQuery query) {
        if (!query.allOffices() && query.officeIds().isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(List.of(query.start(), query.end()));
        String offices = "";
        if (!query.allOffices()) {
            args.addAll(query.officeIds());
            offices = " and m.office_id in (" + String.join(", ", Collections.nCopies(query.officeIds().size(), "?"))
                    + ")";
        }
        return jdbc.query("""
                select extract(year from m.received_at), extract(month from m.received_at), m.office_id, m.category,
                  m.answer_language, count(*)
                from message m
                where m.received_at >= ? and m.received_at < ? and m.office_id is not null""" + offices + " group by 1, 2, 3, 4, 5",
                (row, n) -> new ContactCount(SOURCE, row.getInt(1), row.getInt(2), row.getLong(3),
                        figuresKey(row.getString(4)), row.getString(5), false, row.getLong(6),
                        row.getLong(6)),
                args.toArray());
    }

    /** The figures name categories without arguments: NEWCOMER's label names the city, its short one does not. */
    static String figuresKey(String category) {
        String key = "message.category." + category;
        return MessageCategory.NEWCOMER.name().equals(category) ? key + ".short" : key;
    }
}
