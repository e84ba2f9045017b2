package de.lokalwillkommen.push;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.TwoServers;
import de.lokalwillkommen.base.push.OwnerKind;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingService;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Web Push end to end without any outside service: a booking's browser subscribes, staff cancel the booking,
 * and a push service inside the test receives the encrypted request. The test decrypts it with the browser's
 * private key and checks the text, the language, the link, the VAPID header, and that no personal data left.
 */
@Tag(TwoServers.TAG)
class WebPushEndToEndTest {

    final PushData data = new PushData();
    final TwoServers servers = data.servers;
    final PushNotices notices = servers.a.getBean(PushNotices.class);
    final BookingService bookings = servers.a.getBean(BookingService.class);
    final TestPushService pushService = new TestPushService();
    long office;

    @BeforeEach
    void anOffice() {
        office = data.office("Beratung Brackel");
    }

    @AfterEach
    void stop() {
        pushService.close();
    }

    @Test
    void aStaffCancellationReachesTheBrowserEncryptedInTheBookingsLanguageWithTheLinkAndNoPersonalData()
            throws Exception {
        BookingDetails booking = data.book(office, data.slot(office, data.now().plusDays(3).withHour(10).withMinute(0)), "ar");
        TestBrowser browser = new TestBrowser();
        String id = UUID.randomUUID().toString();
        notices.subscribe(OwnerKind.BOOKING, booking.id(), browser.subscription(pushService.endpoint(id)), "ar");
        notices.subscribe(OwnerKind.BOOKING, booking.id(), browser.subscription(pushService.endpoint(id)), "ar");
        assertThat(data.jdbc.queryForObject("select count(*) from push_subscription where owner_kind = 'BOOKING'"
                + " and owner_id = ?", Integer.class, booking.id())).as("a double tap is one subscription").isEqualTo(1);

        long before = Instant.now().getEpochSecond();
        TwoServers.asAdmin(servers.a, () -> bookings.cancelByStaff(booking.id(), "Team krank"));
        List<TestPushService.Received> received = await(id, 1);

        assertThat(received).hasSize(1);
        TestPushService.Received request = received.getFirst();
        assertThat(request.header("Content-Encoding")).isEqualTo("aes128gcm");
        assertThat(request.header("TTL")).isNotBlank();
        JSONObject payload = new JSONObject(browser.decrypt(request.body()));
        assertThat(payload.getString("title")).isEqualTo("تم إلغاء موعدك");
        assertThat(payload.getString("body")).contains("لن يُعقد", "Beratung Brackel");
        assertThat(payload.getString("lang")).isEqualTo("ar");
        assertThat(payload.getString("dir")).isEqualTo("rtl");
        assertThat(payload.getString("url")).isEqualTo(TwoServers.BASE_URL + "booking/" + booking.manageToken());
        assertThat(payload.toString()).doesNotContain("Amal", "Khalil", "0176", "12345678", "amal.khalil",
                "Team krank", booking.code());

        String authorization = request.header("Authorization");
        assertThat(authorization).startsWith("vapid t=").contains(", k=" + notices.publicKey());
        String jwt = authorization.substring("vapid t=".length(), authorization.indexOf(','));
        JSONObject claims = new JSONObject(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                StandardCharsets.UTF_8));
        assertThat(claims.getString("aud")).isEqualTo(pushService.origin());
        assertThat(claims.getLong("exp")).isGreaterThan(before).isLessThanOrEqualTo(before + 24 * 3600 + 60);
        assertThat(claims.getString("sub")).isEqualTo(TwoServers.BASE_URL);
    }

    @Test
    void aBrowserSubscribedForTwoBookingsHearsOnlyAboutTheOneThatChangedAndUnsubscribingStopsIt() throws Exception {
        LocalDateTime day = data.now().plusDays(4).withHour(9).withMinute(0);
        BookingDetails first = data.book(office, data.slot(office, day), "de");
        BookingDetails second = data.book(office, data.slot(office, day.plusHours(1)), "de");
        TestBrowser browser = new TestBrowser();
        String id = UUID.randomUUID().toString();
        notices.subscribe(OwnerKind.BOOKING, first.id(), browser.subscription(pushService.endpoint(id)), "de");
        notices.subscribe(OwnerKind.BOOKING, second.id(), browser.subscription(pushService.endpoint(id)), "de");
        notices.unsubscribe(OwnerKind.BOOKING, second.id(), pushService.endpoint(id));

        TwoServers.asAdmin(servers.a, () -> bookings.cancelByStaff(second.id(), "Team krank"));
        long next = data.slot(office, day.plusHours(2));
        TwoServers.asAdmin(servers.a, () -> bookings.moveByStaff(first.id(), next));
        List<TestPushService.Received> received = await(id, 1);

        assertThat(received).hasSize(1);
        JSONObject payload = new JSONObject(browser.decrypt(received.getFirst().body()));
        assertThat(payload.getString("title")).isEqualTo("Ihr Termin wurde verschoben");
        assertThat(payload.getString("dir")).isEqualTo("ltr");
        assertThat(payload.getString("url")).endsWith("booking/" + first.manageToken());
    }

    private List<TestPushService.Received> await(String id, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (pushService.to(id).size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(1_000); // time for a duplicate to arrive, if there were one
        return pushService.to(id);
    }
}
