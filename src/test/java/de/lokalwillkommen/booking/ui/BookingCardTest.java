package de.lokalwillkommen.booking.ui;

import de.lokalwillkommen.base.i18n.TestDates;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.I18NProvider;
import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.SlotTakenException;
import de.lokalwillkommen.booking.Topic;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** The light appointment card over real HTTP, as a phone fetches it (docs/decisions/0028). */
@AppTest
class BookingCardTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    @LocalServerPort
    int port;

    @Autowired
    BookingService bookings;

    @Autowired
    OfficeService offices;

    @Autowired
    Languages languages;

    @Autowired
    I18NProvider texts;

    @Autowired
    MunicipalityProperties municipality;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A booking with a name, a phone number and an e-mail address, none of which belongs on the card. */
    private BookingDetails aBooking(String language) {
        long office = offices.findBySlug("brackel-aplerbeck").orElseThrow().id();
        String phone = "0176 " + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        for (FreeSlot slot : bookings.freeSlots(office, 20)) {
            try {
                return bookings.book(new BookingRequest(slot.slotId(), Topic.RESIDENCE, language, false, 2, "Samira Haddad",
                        phone, "samira.card." + UUID.randomUUID() + "@example.org", true, null, UUID.randomUUID().toString(),
                        UUID.randomUUID().toString(), null));
            } catch (SlotTakenException full) {
                // taken by another test meanwhile
            }
        }
        throw new IllegalStateException("no free time");
    }

    private static String card(BookingDetails booking) {
        return "/booking/" + booking.manageToken() + "/card";
    }

    @Test
    void anArabicBookingsCardIsRightToLeftWithCodeDayTimePlaceMapAndTheOfficesPhoneAndNothingAboutThePerson()
            throws Exception {
        BookingDetails booking = aBooking("ar");
        OfficeDetails office = offices.findById(booking.officeId()).orElseThrow();
        Place place = Place.of(office, booking.venueId());
        String phone = office.phone() == null ? municipality.coordinationPhone() : office.phone();
        HttpResponse<String> response = get(card(booking));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        String html = response.body();
        assertThat(html).startsWith("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">")
                .contains("<h1>" + texts.getTranslation("card.title", ARABIC) + "</h1>")
                .contains("<span class=\"code\" dir=\"ltr\">" + booking.code() + "</span>")
                .contains(TestDates.of("ar").day(booking.start().toLocalDate()))
                .contains(TestDates.of("ar").range(booking.start(), booking.end()))
                .contains("<bdi class=\"place\">" + place.name() + "</bdi>")
                .contains(org.springframework.web.util.HtmlUtils.htmlEscape(place.address(), "UTF-8"))
                .contains("href=\"https://www.openstreetmap.org/search?query=")
                .as("the office's phone, or the network's while the office has none")
                .contains("href=\"tel:" + phone.replaceAll("[^+\\d]", "") + "\"", ">" + phone + "</a>")
                .contains("href=\"booking/" + booking.manageToken() + "\"")
                .doesNotContain("<script src", "VAADIN");
        assertThat(html).as("no name, phone number or e-mail address of the person")
                .doesNotContain("Samira", booking.phone(), booking.phone().replace(" ", ""), "samira.card");
        System.out.printf("FIGURE appointment card: %d bytes raw, %d bytes gzip%n",
                html.getBytes(StandardCharsets.UTF_8).length, gzipped(html));
        assertThat(gzipped(html)).as("light like the guide's pages").isLessThan(3_000);
    }

    @Test
    void aGermanBookingsCardIsLeftToRightAndGermanWhateverTheBrowserSpeaks() throws Exception {
        BookingDetails booking = aBooking("de");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + card(booking))).header("Cookie", "lw-lang=ar").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("<!DOCTYPE html><html lang=\"de\" dir=\"ltr\">")
                .contains("<h1>Ihre Terminkarte</h1>", "Ihr Code:", booking.code(),
                        TestDates.of("de").day(booking.start().toLocalDate()),
                        "Diese Karte ist auf Ihrem Telefon gespeichert. Sie öffnet sich auch ohne Internet.");
    }

    @Test
    void theCardIsKeptByNoHttpCacheAndItsAddressNeverLeavesAsAReferrer() throws Exception {
        HttpResponse<String> response = get(card(aBooking("ar")));

        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store, private");
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(response.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        assertThat(response.body()).contains("<meta name=\"referrer\" content=\"no-referrer\">")
                .contains("rel=\"noopener noreferrer\"");
    }

    @Test
    void aCancelledBookingsCardIsGoneAndSaysSoInTheBookingsLanguage() throws Exception {
        BookingDetails booking = aBooking("ar");
        bookings.cancelByToken(booking.manageToken());
        HttpResponse<String> response = get(card(booking));

        assertThat(response.statusCode()).isEqualTo(410);
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store, private");
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(response.body()).startsWith("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">")
                .contains(texts.getTranslation("card.gone.title", ARABIC),
                        texts.getTranslation("card.gone.cancelled", ARABIC))
                .as("the page deletes the kept copy itself, where no service worker runs")
                .contains("c.delete(location.origin+location.pathname)")
                .doesNotContain(booking.code());
    }

    @Test
    void onceTheAppointmentsDayHasPassedTheCardIsGone() {
        BookingDetails booking = aBooking("de");
        Clock dayAfter = Clock.fixed(booking.start().plusDays(1).withHour(8).atZone(municipality.zone()).toInstant(),
                ZoneOffset.UTC);
        Clock lateSameDay = Clock.fixed(booking.end().plusHours(2).atZone(municipality.zone()).toInstant(),
                ZoneOffset.UTC);

        ResponseEntity<String> sameDay = controller(lateSameDay).card(booking.manageToken(), new MockHttpServletRequest());
        ResponseEntity<String> nextDay = controller(dayAfter).card(booking.manageToken(), new MockHttpServletRequest());

        assertThat(sameDay.getStatusCode().value()).as("someone running late still finds the door").isEqualTo(200);
        assertThat(nextDay.getStatusCode().value()).isEqualTo(410);
        assertThat(nextDay.getBody()).contains("Der Termin ist vorbei.").doesNotContain(booking.code());
    }

    @Test
    void anUnknownOrOverlongTokenGetsNotFoundWithAPageAndNoHint() throws Exception {
        HttpResponse<String> unknown = get("/booking/no-such-token-0000000000000000000000000000/card");
        HttpResponse<String> overlong = get("/booking/" + "a".repeat(101) + "/card");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(overlong.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Diesen Termin finden wir nicht");
        assertThat(unknown.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
    }

    private BookingCardController controller(Clock clock) {
        return new BookingCardController(bookings, offices, languages, texts, municipality, clock);
    }

    private static long gzipped(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.size();
    }
}
