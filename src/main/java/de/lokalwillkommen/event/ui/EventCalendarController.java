package de.lokalwillkommen.event.ui;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.event.CalendarWriter;
import de.lokalwillkommen.event.EventService;
import de.lokalwillkommen.event.EventSummary;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /events/<id>.ics}: one public event as a calendar file; 404 for an unknown id. */
@RestController
class EventCalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final EventService events;
    private final MunicipalityProperties municipality;
    private final Clock clock;

    EventCalendarController(EventService events, MunicipalityProperties municipality, Clock clock) {
        this.events = events;
        this.municipality = municipality;
        this.clock = clock;
    }

    static String path(long id) {
        return "events/" + id + ".ics";
    }

    @GetMapping("/events/{id:[0-9]{1,18}}.ics")
    ResponseEntity<String> calendar(@PathVariable long id) {
        return events.find(id).map(event -> ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("lokal-willkommen-" + id + ".ics").build().toString())
                .body(CalendarWriter.write(event.officeName(), List.of(entry(event)), municipality.zone(), clock.instant())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    static CalendarWriter.Entry entry(EventSummary event) {
        return new CalendarWriter.Entry("event-" + event.id() + "@lokal-willkommen", event.start(), event.end(),
                event.title(), event.place(), event.description(), null, event.cancelled());
    }
}
