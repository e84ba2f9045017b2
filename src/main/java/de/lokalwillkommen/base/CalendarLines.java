package de.lokalwillkommen.base;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The content lines of an iCalendar file (RFC 5545), shared by the booking's personal calendar file and the
 * public event files and feeds: CRLF line ends, lines folded at 75 octets without splitting a character, TEXT
 * values escaped, and times in UTC converted from the municipality's wall-clock time (so no VTIMEZONE block).
 */
public final class CalendarLines {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    /** Appends a content line, folded into lines of at most 75 octets (RFC 5545, 3.1). */
    public CalendarLines line(String content) {
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
        return this;
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). */
    public static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    public static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /** A wall-clock time of {@code zone} as a UTC date-time value. */
    public static String utc(LocalDateTime wallClock, ZoneId zone) {
        return UTC.format(wallClock.atZone(zone));
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
