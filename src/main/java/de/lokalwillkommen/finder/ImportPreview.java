package de.lokalwillkommen.finder;

import de.lokalwillkommen.office.DistrictRef;
import java.util.List;

/**
 * A street file read and checked, before anything is saved: the rows that will be imported and the rows
 * that will not, each with its line number and the reason (a translation key).
 */
public record ImportPreview(List<Row> accepted, List<Rejected> rejected, char separator, String encoding) {

    public record Row(long line, String street, String postcode, DistrictRef district) {
    }

    public record Rejected(long line, String content, String reasonKey) {
    }
}
