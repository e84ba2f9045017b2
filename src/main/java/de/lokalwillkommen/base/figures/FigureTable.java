package de.lokalwillkommen.base.figures;

import java.util.List;

/**
 * A table a feature adds to the figures, drawn as a bar chart of one column beside the table, and exported as CSV.
 * Cells are {@link Key}s (translated), plain strings, whole numbers ({@link Long}) or shares ({@link Double},
 * 0.25 = 25 %).
 *
 * @param id          stable name for the CSV file ("booking-outcomes")
 * @param titleKey    translation key of the title
 * @param columnKeys  translation keys of the column headers; the first column names the rows
 * @param chartColumn which column the bar chart draws (a number column)
 */
public record FigureTable(String id, String titleKey, List<String> columnKeys, List<List<Object>> rows, int chartColumn) {

    public FigureTable {
        columnKeys = List.copyOf(columnKeys);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A cell shown through a translation key. */
    public record Key(String key) {
    }
}
