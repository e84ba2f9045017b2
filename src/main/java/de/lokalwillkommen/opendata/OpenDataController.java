package de.lokalwillkommen.opendata;

import de.lokalwillkommen.event.EventService;
import de.lokalwillkommen.event.EventSummary;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.office.PartnerService;
import de.lokalwillkommen.office.VenueSummary;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1}: read-only JSON for other websites and apps (see the README). Any origin may read it;
 * answers may be cached for five minutes. Unknown offices answer 404.
 */
@RestController
@RequestMapping("/api/v1")
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
class OpenDataController {

    static final int SESSIONS = 50;
    static final int EVENTS = 200;
    private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final OfficeService offices;
    private final PartnerService partners;
    private final EventService events;

    OpenDataController(OfficeService offices, PartnerService partners, EventService events) {
        this.offices = offices;
        this.partners = partners;
        this.events = events;
    }

    @GetMapping("/offices")
    ResponseEntity<List<OpenDataJson.Office>> offices() {
        return ok(offices.listOffices().stream().map(o -> offices.findBySlug(o.slug())).flatMap(Optional::stream)
                .map(OpenDataController::office).toList());
    }

    @GetMapping("/offices/{slug}")
    ResponseEntity<OpenDataJson.Office> office(@PathVariable String slug) {
        return offices.findBySlug(slug).map(o -> ok(office(o))).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/offices/{slug}/hours")
    ResponseEntity<List<OpenDataJson.Hours>> hours(@PathVariable String slug) {
        return offices.findBySlug(slug).map(o -> ok(offices.hours(o.id()).stream().map(h -> new OpenDataJson.Hours(
                h.weekday(), h.everyWeeks(), h.onDate(), h.start(), h.end(), h.outreach(), place(o, h.venueId()),
                h.languages(), h.nextDates())).toList())).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/offices/{slug}/sessions")
    ResponseEntity<List<OpenDataJson.Session>> sessions(@PathVariable String slug) {
        return offices.findBySlug(slug).map(o -> ok(offices.sessions(o.id(), SESSIONS).stream()
                .map(s -> new OpenDataJson.Session(s.start(), s.end(), s.outreach(), place(o, s.venueId()), s.languages()))
                .toList())).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/events")
    ResponseEntity<List<OpenDataJson.Event>> events(@RequestParam(name = "office", required = false) @Nullable String office) {
        return ok(events.upcomingInCity(EVENTS).stream().filter(e -> office == null || e.officeSlug().equals(office))
                .map(OpenDataController::event).toList());
    }

    @GetMapping("/organisations")
    ResponseEntity<List<OpenDataJson.Organisation>> organisations() {
        return ok(partners.directory(null, null).stream().map(o -> new OpenDataJson.Organisation(o.name(),
                o.kind().name(), o.website(), o.phone(), o.email(), o.address(), o.districts(), o.languages())).toList());
    }

    static OpenDataJson.Office office(OfficeDetails o) {
        String base = "/api/v1/offices/" + o.slug();
        return new OpenDataJson.Office(o.slug(), o.name(), o.districts(),
                new OpenDataJson.Address(o.street(), o.postcode(), o.city()), o.phone(), o.email(), o.languages(),
                o.accessibilityNotes(), o.team().stream().map(m -> new OpenDataJson.Role(m.role().name(), m.organisation()))
                        .toList(),
                o.venues().stream().map(v -> new OpenDataJson.Place(v.name(), v.address())).toList(),
                new OpenDataJson.Links("/offices/" + o.slug(), base + "/hours", base + "/sessions", base + "/calendar.ics"));
    }

    static OpenDataJson.Event event(EventSummary e) {
        return new OpenDataJson.Event(e.id(), e.officeSlug(), e.type().name(), e.title(), e.start(), e.end(), e.place(),
                e.languages(), e.description(), e.cancelled(), "/events/" + e.id() + ".ics");
    }

    static OpenDataJson.@Nullable Place place(OfficeDetails office, @Nullable Long venueId) {
        if (venueId == null) {
            return null;
        }
        return office.venues().stream().filter(v -> v.id() == venueId).findFirst()
                .map(OpenDataController::place).orElse(null);
    }

    private static OpenDataJson.Place place(VenueSummary venue) {
        return new OpenDataJson.Place(venue.name(), venue.address());
    }

    private static <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().cacheControl(FIVE_MINUTES).body(body);
    }
}
