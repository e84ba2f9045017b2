package de.lokalwillkommen.booking.ui;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.i18n.BundleTranslationProvider;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingStatus;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A booking as an iCalendar file in a reader's language: for the download on the personal page
 * ({@link BookingCalendarController}) and as the attachment of the booking mails (notification feature).
 */
@Component
public class BookingCalendarFiles {

    /** The file's name and its text. */
    public record Ics(String filename, String content) {
    }

    private final OfficeService offices;
    private final MunicipalityProperties municipality;
    private final BundleTranslationProvider translations;
    private final Clock clock;

    BookingCalendarFiles(OfficeService offices, MunicipalityProperties municipality,
            BundleTranslationProvider translations, Clock clock) {
        this.offices = offices;
        this.municipality = municipality;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * The calendar file of a booking; {@code manageLink} is the absolute personal link written into it.
     * Empty when the booking's office no longer exists.
     */
    public Optional<Ics> of(BookingDetails booking, Locale locale, String manageLink) {
        Optional<OfficeDetails> office = offices.findById(booking.officeId());
        if (office.isEmpty()) {
            return Optional.empty();
        }
        Place place = Place.of(office.get(), booking.venueId());
        CalendarFile.Event event = new CalendarFile.Event("booking-" + booking.id() + "@lokal-willkommen",
                booking.start(), booking.end(), municipality.zone(),
                translations.getTranslation("book.ics.summary", locale, place.name(), booking.code()),
                place.address() == null ? place.name() : place.line(),
                translations.getTranslation("book.ics.description", locale, booking.code(), manageLink), manageLink,
                booking.status() == BookingStatus.CANCELLED);
        return Optional.of(new Ics("lokal-willkommen-" + booking.code() + ".ics",
                CalendarFile.of(event, clock.instant())));
    }

    /** The path of a booking's personal page inside the app ("booking/<token>"), to make absolute. */
    public static String managePath(String token) {
        return PersonalLinks.page(token);
    }

    /** "Name, address" of where the consultation takes place, or the name alone while the address is unknown. */
    public Optional<String> placeLine(BookingDetails booking) {
        return offices.findById(booking.officeId()).map(office -> Place.of(office, booking.venueId()).line());
    }
}
