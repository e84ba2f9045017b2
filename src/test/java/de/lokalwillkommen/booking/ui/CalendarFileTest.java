package de.lokalwillkommen.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CalendarFileTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static String file(LocalDateTime start, String summary) {
        return CalendarFile.of(new CalendarFile.Event("booking-1@lokal-willkommen", start, start.plusMinutes(30), BERLIN,
                summary, "Brackeler Hellweg 144, 44309 Dortmund", "Code: ABC234\nhttps://example.org/booking/t",
                "https://example.org/booking/t", false), Instant.parse("2026-03-01T12:00:00Z"));
    }

    @Test
    void wallClockTimesAreConvertedToUtcOnBothSidesOfTheClockChange() {
        assertThat(file(LocalDateTime.of(2026, 3, 24, 10, 0), "x")).contains("DTSTART:20260324T090000Z\r\n");
        assertThat(file(LocalDateTime.of(2026, 3, 31, 10, 0), "x")).contains("DTSTART:20260331T080000Z\r\n",
                "DTEND:20260331T083000Z\r\n");
    }

    @Test
    void textIsEscapedAndLongLinesAreFoldedWithoutSplittingACharacter() {
        String arabic = "استشارة لدى lokal willkommen; مكتب برackel, آبلربك ".repeat(4);
        String ics = file(LocalDateTime.of(2026, 3, 24, 10, 0), arabic);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + arabic.replace(";", "\\;").replace(",", "\\,") + "\r\n")
                .contains("DESCRIPTION:Code: ABC234\\nhttps://example.org/booking/t\r\n")
                .contains("LOCATION:Brackeler Hellweg 144\\, 44309 Dortmund\r\n");
        assertThat(Arrays.stream(ics.split("\r\n")).filter(l -> l.startsWith(" ")).count()).isPositive();
    }
}
