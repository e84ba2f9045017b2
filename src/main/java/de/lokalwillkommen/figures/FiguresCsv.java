package de.lokalwillkommen.figures;

import de.lokalwillkommen.base.figures.FigureTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A figures table as CSV that Excel opens correctly: UTF-8 with a byte order mark (so umlauts and Arabic survive),
 * CRLF line ends, and the separators of the reader's locale: where the decimal separator is a comma (German,
 * French, …) fields are separated by ';' and shares written "12,5"; elsewhere ',' and "12.5". Texts that Excel
 * would take for a formula are quoted with a leading apostrophe.
 */
public final class FiguresCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private FiguresCsv() {
    }

    /** {@code text} translates keys and {@link FigureTable.Key}s into the reader's language. */
    public static byte[] of(FigureTable table, Locale locale, Function<String, String> text) {
        boolean decimalComma = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',';
        char separator = decimalComma ? ';' : ',';
        StringBuilder csv = new StringBuilder();
        line(csv, table.columnKeys().stream().map(text).toList(), separator);
        for (List<Object> row : table.rows()) {
            line(csv, row.stream().map(cell -> cell(cell, decimalComma, text)).toList(), separator);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Every table of a report as one ZIP of CSV files, named by the tables' ids. */
    public static byte[] zip(List<FigureTable> tables, Locale locale, Function<String, String> text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (FigureTable table : tables) {
                zip.putNextEntry(new ZipEntry(table.id() + ".csv"));
                zip.write(of(table, locale, text));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String cell(Object cell, boolean decimalComma, Function<String, String> text) {
        return switch (cell) {
            case FigureTable.Key label -> text.apply(label.key());
            case Double share -> {
                String percent = String.format(Locale.ROOT, "%.1f", share * 100);
                yield decimalComma ? percent.replace('.', ',') : percent;
            }
            case Number number -> String.valueOf(number.longValue());
            default -> String.valueOf(cell);
        };
    }

    private static void line(StringBuilder csv, List<String> cells, char separator) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(separator);
            }
            csv.append(field(cells.get(i), separator));
        }
        csv.append("\r\n");
    }

    /** What spreadsheets read as the start of a formula: = + - @, and TAB or CR before one (OWASP CSV injection). */
    private static final String FORMULA_START = "=+-@\t\r";

    private static String field(String value, char separator) {
        String safe = !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+([.,]\\d+)?")
                ? "'" + value : value;
        boolean quote = safe.indexOf(separator) >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
