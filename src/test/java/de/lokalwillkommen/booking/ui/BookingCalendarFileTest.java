package de.lokalwillkommen.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.SlotTakenException;
import de.lokalwillkommen.booking.Topic;
import de.lokalwillkommen.office.OfficeService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The calendar file over real HTTP, without signing in, as a phone's browser downloads it. */
@AppTest
class BookingCalendarFileTest {

    @LocalServerPort
    int port;

    @Autowired
    BookingService bookings;

    @Autowired
    OfficeService offices;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private BookingDetails aBooking() {
        long office = offices.findBySlug("mengede-huckarde").orElseThrow().id();
        for (FreeSlot slot : bookings.freeSlots(office, 20)) {
            try {
                return bookings.book(new BookingRequest(slot.slotId(), Topic.RESIDENCE, "ar", true, 3, "Samira",
                        null, null, true, null, UUID.randomUUID().toString(), UUID.randomUUID().toString(), null));
            } catch (SlotTakenException full) {
                // taken by another test meanwhile
            }
        }
        throw new IllegalStateException("no free time");
    }

    @Test
    void aForgedHostHeaderDoesNotReachTheCalendarFilesLink() throws Exception {
        BookingDetails booking = aBooking();
        String body;
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /booking/" + booking.manageToken() + ".ics HTTP/1.1\r\n"
                    + "Host: evil.example\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            body = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n ", "");
        }
        assertThat(body).startsWith("HTTP/1.1 200").doesNotContain("evil.example")
                .contains("URL:http://localhost:8080/booking/" + booking.manageToken());
    }

    @Test
    void aBookingsCalendarFileIsAValidEventInUtcWithTheCode() throws Exception {
        BookingDetails booking = aBooking();
        HttpResponse<String> response = get("/booking/" + booking.manageToken() + ".ics", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        String body = response.body();
        String utcStart = booking.start().atZone(ZoneId.of("Europe/Berlin")).withZoneSameInstant(ZoneId.of("UTC"))
                .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        assertThat(body).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("BEGIN:VEVENT\r\n", "UID:booking-" + booking.id() + "@", "DTSTAMP:", "\r\nDTSTART:" + utcStart + "\r\n",
                        "\r\nDTEND:", "STATUS:CONFIRMED");
        String unfolded = body.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Beratung bei lokal willkommen: Mengede/Huckarde (Code " + booking.code() + ")")
                .contains("DESCRIPTION:Ihr Code: " + booking.code() + "\\n");
        assertThat(body.replace("\r\n", "")).as("every line ends in CRLF").doesNotContain("\n");
        assertThat(Arrays.stream(body.split("\r\n")).mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length).max()
                .orElseThrow()).as("lines folded at 75 octets").isLessThanOrEqualTo(75);
    }

    @Test
    void theCalendarFileSpeaksTheVisitorsLanguage() throws Exception {
        BookingDetails booking = aBooking();
        String body = get("/booking/" + booking.manageToken() + ".ics", "lw-lang=ar").body().replace("\r\n ", "");
        assertThat(body).contains("SUMMARY:استشارة لدى lokal willkommen: Mengede/Huckarde (الرمز " + booking.code() + ")");
    }

    @Test
    void anUnknownTokenGetsNotFound() throws Exception {
        assertThat(get("/booking/no-such-token.ics", null).statusCode()).isEqualTo(404);
    }
}
