package de.lokalwillkommen.booking.ui;

import de.lokalwillkommen.base.CalendarLines;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * One appointment as an iCalendar file (RFC 5545) that phone calendars import. Times are written in UTC,
 * converted from the municipality's wall-clock time, so no VTIMEZONE block is needed; lines end in CRLF
 * and are folded at 75 octets without splitting a character.
 */
final class CalendarFile {

    /** What goes into the file; texts are already in the reader's language. */
    record Event(String uid, LocalDateTime start, LocalDateTime end, ZoneId zone, String summary,
            @Nullable String location, String description, String url, boolean cancelled) {
    }

    private CalendarFile() {
    }

    static String of(Event event, Instant now) {
        CalendarLines file = new CalendarLines();
        file.line("BEGIN:VCALENDAR");
        file.line("VERSION:2.0");
        file.line("PRODID:-//lokal willkommen//booking//EN");
        file.line("CALSCALE:GREGORIAN");
        file.line("METHOD:PUBLISH");
        file.line("BEGIN:VEVENT");
        file.line("UID:" + event.uid());
        file.line("DTSTAMP:" + CalendarLines.utc(now));
        file.line("DTSTART:" + CalendarLines.utc(event.start(), event.zone()));
        file.line("DTEND:" + CalendarLines.utc(event.end(), event.zone()));
        file.line("SUMMARY:" + CalendarLines.text(event.summary()));
        if (event.location() != null) {
            file.line("LOCATION:" + CalendarLines.text(event.location()));
        }
        file.line("DESCRIPTION:" + CalendarLines.text(event.description()));
        file.line("URL:" + event.url());
        file.line("STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        file.line("TRANSP:OPAQUE");
        if (!event.cancelled()) {
            file.line("BEGIN:VALARM");
            file.line("ACTION:DISPLAY");
            file.line("DESCRIPTION:" + CalendarLines.text(event.summary()));
            file.line("TRIGGER:-P1D");
            file.line("END:VALARM");
        }
        file.line("END:VEVENT");
        file.line("END:VCALENDAR");
        return file.toString();
    }
}
