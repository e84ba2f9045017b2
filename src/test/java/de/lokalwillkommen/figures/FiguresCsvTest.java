package de.lokalwillkommen.figures;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.base.figures.FigureTable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FiguresCsvTest {

    static final Map<String, String> GERMAN = Map.of("figures.channel", "Buchungsweg", "figures.booked", "Gebucht",
            "figures.noShowRate", "Quote Nichterscheinen (%)", "figures.channel.SELF", "selbst online gebucht",
            "figures.office", "Büro");

    final FigureTable table = new FigureTable("appointments", "figures.appointments",
            List.of("figures.channel", "figures.booked", "figures.noShowRate"),
            List.of(List.of(new FigureTable.Key("figures.channel.SELF"), 1234L, 0.125),
                    List.of("Eving; Nord \"Mitte\"", 7L, 0.0), List.of("=HYPERLINK(\"x\")", 1L, 1.0)), 1);

    private static String text(byte[] csv) {
        return new String(Arrays.copyOfRange(csv, 3, csv.length), StandardCharsets.UTF_8);
    }

    @Test
    void germanExcelGetsAByteOrderMarkSemicolonsAndDecimalCommas() {
        byte[] csv = FiguresCsv.of(table, Locale.GERMAN, key -> GERMAN.getOrDefault(key, key));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(text(csv)).isEqualTo("Buchungsweg;Gebucht;Quote Nichterscheinen (%)\r\n"
                + "selbst online gebucht;1234;12,5\r\n"
                + "\"Eving; Nord \"\"Mitte\"\"\";7;0,0\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\";1;100,0\r\n");
    }

    @Test
    void englishGetsCommasAndDecimalPoints() {
        assertThat(text(FiguresCsv.of(table, Locale.ENGLISH, key -> key)).lines().toList()).containsExactly(
                "figures.channel,figures.booked,figures.noShowRate", "figures.channel.SELF,1234,12.5",
                "\"Eving; Nord \"\"Mitte\"\"\",7,0.0", "\"'=HYPERLINK(\"\"x\"\")\",1,100.0");
    }

    @Test
    void aLeadingTabOrCarriageReturnIsNeutralisedLikeAFormula() {
        FigureTable sneaky = new FigureTable("sneaky", "figures.title", List.of("figures.channel"),
                List.<List<Object>>of(List.of("\t=1+2"), List.of("\r=cmd|' /C calc'!A0")), 0);
        assertThat(text(FiguresCsv.of(sneaky, Locale.ENGLISH, key -> key))).isEqualTo(
                "figures.channel\r\n'\t=1+2\r\n\"'\r=cmd|' /C calc'!A0\"\r\n");
    }

    @Test
    void allTablesComeAsOneZipOfCsvFiles() throws Exception {
        byte[] zip = FiguresCsv.zip(List.of(table), Locale.GERMAN, key -> key);
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            assertThat(in.getNextEntry().getName()).isEqualTo("appointments.csv");
            assertThat(in.readAllBytes()).startsWith(0xEF, 0xBB, 0xBF);
        }
    }
}
