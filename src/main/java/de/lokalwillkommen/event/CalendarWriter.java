package de.lokalwillkommen.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Public calendar files (RFC 5545) with any number of events: one event's .ics and an office's feed.
 * Times in UTC converted from the municipality's wall-clock time (no VTIMEZONE needed), CRLF line ends,
 * lines folded at 75 octets without splitting a character — as the booking's personal calendar file.
 */
public final class CalendarWriter {

    public record Entry(String uid, LocalDateTime start, LocalDateTime end, String summary, @Nullable String location,
            String description, @Nullable String url, boolean cancelled) {
    }

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    private CalendarWriter() {
    }

    public static String write(String name, List<Entry> entries, ZoneId zone, Instant now) {
        CalendarWriter file = new CalendarWriter();
        file.line("BEGIN:VCALENDAR");
        file.line("VERSION:2.0");
        file.line("PRODID:-//lokal willkommen//events//EN");
        file.line("CALSCALE:GREGORIAN");
        file.line("METHOD:PUBLISH");
        file.line("X-WR-CALNAME:" + text(name));
        for (Entry entry : entries) {
            file.line("BEGIN:VEVENT");
            file.line("UID:" + entry.uid());
            file.line("DTSTAMP:" + UTC.format(now));
            file.line("DTSTART:" + UTC.format(entry.start().atZone(zone)));
            file.line("DTEND:" + UTC.format(entry.end().atZone(zone)));
            file.line("SUMMARY:" + text(entry.summary()));
            if (entry.location() != null) {
                file.line("LOCATION:" + text(entry.location()));
            }
            if (!entry.description().isBlank()) {
                file.line("DESCRIPTION:" + text(entry.description()));
            }
            if (entry.url() != null) {
                file.line("URL:" + entry.url());
            }
            file.line("STATUS:" + (entry.cancelled() ? "CANCELLED" : "CONFIRMED"));
            file.line("END:VEVENT");
        }
        file.line("END:VCALENDAR");
        return file.out.toString();
    }

    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    private void line(String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            out.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
