package de.lokalwillkommen.booking.ui;


import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.i18n.BundleTranslationProvider;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.LanguageCookie;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.BookingStatus;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /booking/<token>.ics}: the booking as a calendar file, in the visitor's UI language.
 * Only the personal token opens it; an unknown token gets 404 and no hint whether it ever existed.
 */
@RestController
class BookingCalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final BookingService bookings;
    private final OfficeService offices;
    private final MunicipalityProperties municipality;
    private final Languages languages;
    private final BundleTranslationProvider translations;
    private final Clock clock;

    BookingCalendarController(BookingService bookings, OfficeService offices, MunicipalityProperties municipality,
            Languages languages, BundleTranslationProvider translations, Clock clock) {
        this.bookings = bookings;
        this.offices = offices;
        this.municipality = municipality;
        this.languages = languages;
        this.translations = translations;
        this.clock = clock;
    }

    @GetMapping("/booking/{token}.ics")
    ResponseEntity<String> calendar(@PathVariable String token, HttpServletRequest request) {
        Optional<BookingDetails> found = token.length() > 100 ? Optional.empty() : bookings.findByToken(token);
        Optional<OfficeDetails> office = found.flatMap(b -> offices.findById(b.officeId()));
        if (found.isEmpty() || office.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        BookingDetails booking = found.get();
        Locale locale = language(request).locale();
        Place place = Place.of(office.get(), booking.venueId());
        String link = PersonalLinks.base(request) + PersonalLinks.page(token);
        CalendarFile.Event event = new CalendarFile.Event("booking-" + booking.id() + "@lokal-willkommen",
                booking.start(), booking.end(), municipality.zone(),
                translations.getTranslation("book.ics.summary", locale, place.name(), booking.code()),
                place.address() == null ? place.name() : place.line(),
                translations.getTranslation("book.ics.description", locale, booking.code(), link), link,
                booking.status() == BookingStatus.CANCELLED);
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("lokal-willkommen-" + booking.code() + ".ics").build().toString())
                .body(CalendarFile.of(event, clock.instant()));
    }

    private Language language(HttpServletRequest request) {
        // Without Accept-Language the servlet container reports its own default locale: use the source language.
        return LanguageCookie.read(request.getCookies()).flatMap(languages::byCode)
                .orElseGet(() -> request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? languages.source()
                        : languages.bestMatch(Collections.list(request.getLocales())));
    }
}
