package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.i18n.I18NProvider;
import de.lokalwillkommen.base.MunicipalityProperties;
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
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /booking/<token>/card}: the appointment card, light enough for the service worker to keep and show
 * with no connection (docs/decisions/0028). The personal token is the only key, as for the personal page.
 * 200 while the booking stands and its day has not passed; 410 once it is cancelled or over (the worker then
 * deletes its copy); 404 for a token that is not ours, with no hint whether it ever existed.
 */
@RestController
class BookingCardController {

    static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    /** Tokens are 43 characters; anything much longer needs no database look-up. */
    private static final int TOKEN_MAX = 100;

    private final BookingService bookings;
    private final OfficeService offices;
    private final Languages languages;
    private final I18NProvider texts;
    private final MunicipalityProperties municipality;
    private final Clock clock;

    BookingCardController(BookingService bookings, OfficeService offices, Languages languages, I18NProvider texts,
            MunicipalityProperties municipality, Clock clock) {
        this.bookings = bookings;
        this.offices = offices;
        this.languages = languages;
        this.texts = texts;
        this.municipality = municipality;
        this.clock = clock;
    }

    @GetMapping("/booking/{token}/card")
    ResponseEntity<String> card(@PathVariable String token, HttpServletRequest request) {
        String root = request.getContextPath() + "/";
        Optional<BookingDetails> found = token.length() > TOKEN_MAX ? Optional.empty() : bookings.findByToken(token);
        Optional<OfficeDetails> office = found.flatMap(b -> offices.findById(b.officeId()));
        if (found.isEmpty() || office.isEmpty()) {
            return answer(HttpStatus.NOT_FOUND, new BookingCardPage(texts, municipality, requestLanguage(request)).unknown(root));
        }
        BookingDetails booking = found.get();
        // The booking's own language, so the copy kept offline reads the same whoever's browser fetched it.
        BookingCardPage page = new BookingCardPage(texts, municipality,
                languages.byCode(booking.language()).orElseGet(() -> requestLanguage(request)));
        // Valid all day long: someone running late still finds the door with it.
        boolean dayPassed = booking.start().toLocalDate().isBefore(municipality.now(clock).toLocalDate());
        if (!booking.isActive() || dayPassed) {
            boolean cancelled = booking.status() == BookingStatus.CANCELLED;
            return answer(HttpStatus.GONE, page.gone(token, cancelled, office.get(), root));
        }
        return answer(HttpStatus.OK, page.card(booking, office.get(), root));
    }

    private static ResponseEntity<String> answer(HttpStatus status, String html) {
        // No copy in any HTTP cache: the one copy kept is the worker's, deleted with the booking.
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore().cachePrivate())
                .header("Referrer-Policy", "no-referrer").header("X-Robots-Tag", "noindex").body(html);
    }

    private Language requestLanguage(HttpServletRequest request) {
        // Without Accept-Language the servlet container reports its own default locale: use the source language.
        return LanguageCookie.read(request.getCookies()).flatMap(languages::byCode)
                .orElseGet(() -> request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? languages.source()
                        : languages.bestMatch(Collections.list(request.getLocales())));
    }
}
