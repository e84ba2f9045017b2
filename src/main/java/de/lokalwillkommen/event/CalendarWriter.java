package de.lokalwillkommen.event;

import de.lokalwillkommen.base.CalendarLines;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
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

    private CalendarWriter() {
    }

    public static String write(String name, List<Entry> entries, ZoneId zone, Instant now) {
        CalendarLines file = new CalendarLines();
        file.line("BEGIN:VCALENDAR");
        file.line("VERSION:2.0");
        file.line("PRODID:-//lokal willkommen//events//EN");
        file.line("CALSCALE:GREGORIAN");
        file.line("METHOD:PUBLISH");
        file.line("X-WR-CALNAME:" + CalendarLines.text(name));
        for (Entry entry : entries) {
            file.line("BEGIN:VEVENT");
            file.line("UID:" + entry.uid());
            file.line("DTSTAMP:" + CalendarLines.utc(now));
            file.line("DTSTART:" + CalendarLines.utc(entry.start(), zone));
            file.line("DTEND:" + CalendarLines.utc(entry.end(), zone));
            file.line("SUMMARY:" + CalendarLines.text(entry.summary()));
            if (entry.location() != null) {
                file.line("LOCATION:" + CalendarLines.text(entry.location()));
            }
            if (!entry.description().isBlank()) {
                file.line("DESCRIPTION:" + CalendarLines.text(entry.description()));
            }
            if (entry.url() != null) {
                file.line("URL:" + entry.url());
            }
            file.line("STATUS:" + (entry.cancelled() ? "CANCELLED" : "CONFIRMED"));
            file.line("END:VEVENT");
        }
        file.line("END:VCALENDAR");
        return file.toString();
    }
}
