package de.lokalwillkommen.finder;

import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.office.DistrictRef;
import de.lokalwillkommen.office.OfficeService;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the city's street directory: a CSV file with street, postcode and district, as cities export
 * it (UTF-8 with or without byte order mark, or Windows-1252; ';' or ',' between columns; with or without
 * a header line). Every row is checked; a preview says what would be imported and what not, and why.
 * Importing replaces the whole directory, because a city's export is always the complete list.
 */
@Service
public class StreetImport {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Pattern POSTCODE = Pattern.compile("[0-9]{4,5}");
    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");
    private static final Set<String> STREET_HEADERS = Set.of("street", "strasse", "straße", "strassenname", "straßenname", "name");
    private static final Set<String> POSTCODE_HEADERS = Set.of("postcode", "plz", "postleitzahl", "zip");
    private static final Set<String> DISTRICT_HEADERS = Set.of("district", "stadtbezirk", "bezirk");

    private final OfficeService offices;
    private final StreetRepository streets;

    StreetImport(OfficeService offices, StreetRepository streets) {
        this.offices = offices;
        this.streets = streets;
    }

    /** Reads and checks a file; saves nothing. */
    public ImportPreview preview(byte[] file) {
        if (file.length > MAX_BYTES) {
            throw new UserFacingException("finder.import.tooLarge");
        }
        Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        String text = new String(file, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separatorOf(text);
        Map<String, DistrictRef> districts = districtsByKey();
        List<ImportPreview.Row> accepted = new ArrayList<>();
        List<ImportPreview.Rejected> rejected = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int[] columns = {0, 1, 2};
            boolean first = true;
            for (CSVRecord record : parser) {
                if (first) {
                    first = false;
                    int[] header = headerColumns(record);
                    if (header != null) {
                        columns = header;
                        continue;
                    }
                }
                check(record, columns, districts, seen, accepted, rejected);
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            // Commons CSV reports a broken quote as an exception: the rest of the file cannot be read reliably.
            rejected.add(new ImportPreview.Rejected(-1, "", "finder.import.reason.unreadable"));
        }
        return new ImportPreview(List.copyOf(accepted), List.copyOf(rejected), separator, charset.name());
    }

    /** Replaces the street directory with the accepted rows of a preview; returns how many were saved. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int replaceDirectory(ImportPreview preview) {
        streets.deleteAllInBulk();
        streets.saveAll(preview.accepted().stream()
                .map(row -> new Street(row.street(), row.postcode(), row.district().id())).toList());
        return preview.accepted().size();
    }

    private static void check(CSVRecord record, int[] columns, Map<String, DistrictRef> districts,
            Set<List<String>> seen, List<ImportPreview.Row> accepted, List<ImportPreview.Rejected> rejected) {
        long line = record.getRecordNumber();
        String content = String.join(" | ", record.toList());
        int needed = Math.max(columns[0], Math.max(columns[1], columns[2])) + 1;
        if (record.size() < needed) {
            rejected.add(new ImportPreview.Rejected(line, content, "finder.import.reason.columns"));
            return;
        }
        String street = record.get(columns[0]).strip();
        String postcode = record.get(columns[1]).strip();
        DistrictRef district = districts.get(districtKey(record.get(columns[2])));
        String reason = !HAS_LETTER.matcher(street).matches() || street.length() > 150 ? "finder.import.reason.street"
                : !POSTCODE.matcher(postcode).matches() ? "finder.import.reason.postcode"
                : district == null ? "finder.import.reason.district"
                : !seen.add(List.of(StreetNames.key(street), postcode, Long.toString(district.id())))
                        ? "finder.import.reason.duplicate" : null;
        if (reason != null) {
            rejected.add(new ImportPreview.Rejected(line, content, reason));
        } else {
            accepted.add(new ImportPreview.Row(line, street, postcode, district));
        }
    }

    /** The columns of street, postcode and district if the first line is a header, otherwise null. */
    private static int[] headerColumns(CSVRecord record) {
        int[] columns = {-1, -1, -1};
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.GERMAN);
            if (STREET_HEADERS.contains(name) && columns[0] < 0) {
                columns[0] = i;
            } else if (POSTCODE_HEADERS.contains(name) && columns[1] < 0) {
                columns[1] = i;
            } else if (DISTRICT_HEADERS.contains(name) && columns[2] < 0) {
                columns[2] = i;
            }
        }
        return columns[0] >= 0 && columns[1] >= 0 && columns[2] >= 0 ? columns : null;
    }

    /** ';' if the first line has more semicolons than commas (German exports), else ','. */
    private static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A district by its name, in any case and with or without umlauts or dashes ("Innenstadt West"). */
    private Map<String, DistrictRef> districtsByKey() {
        Map<String, DistrictRef> byKey = new HashMap<>();
        offices.listDistricts().forEach(d -> byKey.put(districtKey(d.name()), d));
        return byKey;
    }

    static String districtKey(String name) {
        return StreetNames.key(name);
    }
}
