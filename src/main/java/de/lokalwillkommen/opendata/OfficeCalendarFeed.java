package de.lokalwillkommen.opendata;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.i18n.BundleTranslationProvider;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.event.CalendarWriter;
import de.lokalwillkommen.event.EventService;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.office.PublicSession;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/offices/<slug>/calendar.ics}: an office's outreach sessions and events as a calendar
 * to subscribe to (texts in the source language: a subscription has no visitor to ask).
 */
@RestController
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
class OfficeCalendarFeed {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final OfficeService offices;
    private final EventService events;
    private final MunicipalityProperties municipality;
    private final BundleTranslationProvider translations;
    private final Locale source;
    private final Clock clock;

    OfficeCalendarFeed(OfficeService offices, EventService events, MunicipalityProperties municipality,
            BundleTranslationProvider translations, Languages languages, Clock clock) {
        this.offices = offices;
        this.events = events;
        this.municipality = municipality;
        this.translations = translations;
        this.source = languages.source().locale();
        this.clock = clock;
    }

    @GetMapping("/api/v1/offices/{slug}/calendar.ics")
    ResponseEntity<String> feed(@PathVariable String slug) {
        return offices.findBySlug(slug).map(office -> ResponseEntity.ok().contentType(CALENDAR)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic())
                .body(CalendarWriter.write(office.name(), entries(office), municipality.zone(), clock.instant())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private List<CalendarWriter.Entry> entries(OfficeDetails office) {
        List<CalendarWriter.Entry> entries = new ArrayList<>();
        for (PublicSession session : offices.sessions(office.id(), OpenDataController.SESSIONS)) {
            if (!session.outreach()) {
                continue;
            }
            var venue = OpenDataController.place(office, session.venueId());
            String where = venue == null ? office.name() : venue.address() == null ? venue.name() : venue.name() + ", " + venue.address();
            entries.add(new CalendarWriter.Entry("outreach-" + office.slug() + "-" + session.start() + "@lokal-willkommen",
                    session.start(), session.end(), translations.getTranslation("finder.hours.outreach", source, where),
                    where, office.name(), null, false));
        }
        events.upcoming(office.id()).forEach(e -> entries.add(new CalendarWriter.Entry("event-" + e.id() + "@lokal-willkommen",
                e.start(), e.end(), e.title(), e.place(), e.description(), null, e.cancelled())));
        return entries;
    }
}
