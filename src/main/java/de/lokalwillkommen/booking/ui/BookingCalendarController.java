package de.lokalwillkommen.booking.ui;


import de.lokalwillkommen.base.PublicAddress;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.LanguageCookie;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingService;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
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
    private final BookingCalendarFiles files;
    private final Languages languages;
    private final PublicAddress publicAddress;

    BookingCalendarController(BookingService bookings, BookingCalendarFiles files, Languages languages,
            PublicAddress publicAddress) {
        this.bookings = bookings;
        this.files = files;
        this.languages = languages;
        this.publicAddress = publicAddress;
    }

    @GetMapping("/booking/{token}.ics")
    ResponseEntity<String> calendar(@PathVariable String token, HttpServletRequest request) {
        Optional<BookingDetails> found = token.length() > 100 ? Optional.empty() : bookings.findByToken(token);
        Locale locale = language(request).locale();
        // The configured address, not the request's Host header, which anyone can forge.
        String link = publicAddress.of(PersonalLinks.page(token));
        Optional<BookingCalendarFiles.Ics> file = found.flatMap(booking -> files.of(booking, locale, link));
        if (file.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.get().filename()).build().toString())
                .body(file.get().content());
    }

    private Language language(HttpServletRequest request) {
        // Without Accept-Language the servlet container reports its own default locale: use the source language.
        return LanguageCookie.read(request.getCookies()).flatMap(languages::byCode)
                .orElseGet(() -> request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? languages.source()
                        : languages.bestMatch(Collections.list(request.getLocales())));
    }
}
