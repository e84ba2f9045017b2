package de.lokalwillkommen.booking.ui;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * One appointment as an iCalendar file (RFC 5545) that phone calendars import. Times are written in UTC,
 * converted from the municipality's wall-clock time, so no VTIMEZONE block is needed; lines end in CRLF
 * and are folded at 75 octets without splitting a character.
 */
final class CalendarFile {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    /** What goes into the file; texts are already in the reader's language. */
    record Event(String uid, LocalDateTime start, LocalDateTime end, ZoneId zone, String summary,
            @Nullable String location, String description, String url, boolean cancelled) {
    }

    private final StringBuilder out = new StringBuilder();

    private CalendarFile() {
    }

    static String of(Event event, Instant now) {
        CalendarFile file = new CalendarFile();
        file.line("BEGIN:VCALENDAR");
        file.line("VERSION:2.0");
        file.line("PRODID:-//lokal willkommen//booking//EN");
        file.line("CALSCALE:GREGORIAN");
        file.line("METHOD:PUBLISH");
        file.line("BEGIN:VEVENT");
        file.line("UID:" + event.uid());
        file.line("DTSTAMP:" + UTC.format(now));
        file.line("DTSTART:" + UTC.format(event.start().atZone(event.zone())));
        file.line("DTEND:" + UTC.format(event.end().atZone(event.zone())));
        file.line("SUMMARY:" + text(event.summary()));
        if (event.location() != null) {
            file.line("LOCATION:" + text(event.location()));
        }
        file.line("DESCRIPTION:" + text(event.description()));
        file.line("URL:" + event.url());
        file.line("STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        file.line("TRANSP:OPAQUE");
        if (!event.cancelled()) {
            file.line("BEGIN:VALARM");
            file.line("ACTION:DISPLAY");
            file.line("DESCRIPTION:" + text(event.summary()));
            file.line("TRIGGER:-P1D");
            file.line("END:VALARM");
        }
        file.line("END:VEVENT");
        file.line("END:VCALENDAR");
        return file.out.toString();
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line, folded into lines of at most 75 octets (RFC 5545, 3.1). */
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
                limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
            }
            out.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
