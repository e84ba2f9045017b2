package de.lokalwillkommen.message;

import de.lokalwillkommen.base.figures.FigureQuery;
import de.lokalwillkommen.base.figures.FigureTable;
import de.lokalwillkommen.base.figures.FigureTable.Key;
import de.lokalwillkommen.base.figures.FigureTableSource;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import java.time.Duration;
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
 * Conversations in the figures: how fast each office answers first (median and 90th percentile in hours, over the
 * conversations received in the period that have an answer) and how many conversations came in per language and
 * per category, how many were answered and how many the writer carried on. Only columns retention keeps are read,
 * so erased conversations still count. Messages to the coordination are not an office's and stay out.
 */
@Component
class ConversationFigures implements FigureTableSource {

    private final JdbcTemplate jdbc;
    private final Languages languages;

    ConversationFigures(JdbcTemplate jdbc, Languages languages) {
        this.jdbc = jdbc;
        this.languages = languages;
    }

    private record Row(String office, String language, String category, LocalDateTime received,
            LocalDateTime firstAnswer, boolean writerReplied) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<FigureTable> tables(FigureQuery query) {
        if (!query.allOffices() && query.officeIds().isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(List.of(query.start(), query.end()));
        String offices = "";
        if (!query.allOffices()) {
            args.addAll(query.officeIds());
            offices = " and m.office_id in (" + String.join(", ", Collections.nCopies(query.officeIds().size(), "?")) + ")";
        }
        List<Row> rows = jdbc.query("""
                select o.name, m.answer_language, m.category, m.received_at, m.first_answer_at,
                  exists (select 1 from message_reply r where r.message_id = m.id and not r.from_office)
                from message m join office o on o.id = m.office_id
                where m.received_at >= ? and m.received_at < ?""" + offices,
                (r, n) -> new Row(r.getString(1), r.getString(2), r.getString(3),
                        r.getObject(4, LocalDateTime.class), r.getObject(5, LocalDateTime.class), r.getBoolean(6)),
                args.toArray());
        return List.of(firstAnswer(rows), by(rows, "conversations-by-language", "figures.conversations.byLanguage",
                "figures.conversations.language", true), by(rows, "conversations-by-category",
                "figures.conversations.byCategory", "figures.conversations.category", false));
    }

    private FigureTable firstAnswer(List<Row> rows) {
        Map<String, List<Row>> byOffice = new TreeMap<>();
        rows.forEach(r -> byOffice.computeIfAbsent(r.office(), o -> new ArrayList<>()).add(r));
        List<List<Object>> table = new ArrayList<>();
        byOffice.forEach((office, list) -> {
            List<Long> minutes = list.stream().filter(r -> r.firstAnswer() != null)
                    .map(r -> Duration.between(r.received(), r.firstAnswer()).toMinutes()).sorted().toList();
            // No answer yet: a dash, not a zero that would read as "answered at once".
            Object median = minutes.isEmpty() ? "–" : hours(percentile(minutes, 50));
            Object p90 = minutes.isEmpty() ? "–" : hours(percentile(minutes, 90));
            table.add(List.of(office, (long) list.size(), (long) minutes.size(), median, p90));
        });
        return new FigureTable("conversations-first-answer", "figures.conversations.firstAnswer",
                List.of("figures.office", "figures.conversations.count", "figures.conversations.answered",
                        "figures.conversations.median", "figures.conversations.p90"), table, 3);
    }

    private FigureTable by(List<Row> rows, String id, String title, String column, boolean language) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Row r : rows) {
            long[] c = counts.computeIfAbsent(language ? r.language() : r.category(), k -> new long[3]);
            c[0]++;
            c[1] += r.firstAnswer() != null ? 1 : 0;
            c[2] += r.writerReplied() ? 1 : 0;
        }
        List<List<Object>> table = new ArrayList<>();
        counts.forEach((key, c) -> table.add(List.of(language ? languageName(key)
                : new Key(MessageFigures.figuresKey(key)), c[0], c[1], c[2])));
        return new FigureTable(id, title, List.of(column, "figures.conversations.count",
                "figures.conversations.answered", "figures.conversations.replied"), table, 1);
    }

    private String languageName(String code) {
        return languages.byCode(code).map(Language::name).orElse(code);
    }

    /** The nearest-rank percentile of sorted values; 0 when there are none. */
    static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** Whole hours, rounded to the nearest: the figures are for planning, not for timing one team member. */
    private static long hours(long minutes) {
        return Math.round(minutes / 60.0);
    }
}
