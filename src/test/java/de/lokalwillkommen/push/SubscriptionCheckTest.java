package de.lokalwillkommen.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.push.BrowserSubscription;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Forged and malformed subscriptions are refused with a translated message, without contacting anything. */
class SubscriptionCheckTest {

    static final List<String> PUSH_SERVICES = List.of("googleapis.com", "push.services.mozilla.com", "push.apple.com",
            "notify.windows.com");

    final SubscriptionCheck production = new SubscriptionCheck(properties(false));
    final TestBrowser browser = new TestBrowser();

    static PushProperties properties(boolean allowLocal) {
        return new PushProperties(null, null, null, List.of(Duration.ofHours(24)), Duration.ofSeconds(15), 200, 64,
                Duration.ofMinutes(2), 5, Duration.ofMinutes(1), Duration.ofSeconds(5), Duration.ofSeconds(10),
                allowLocal, PUSH_SERVICES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://fcm.googleapis.com/fcm/send/abc:def", "https://updates.push.services.mozilla.com/wpush/v2/x",
            "https://web.push.apple.com/QAbc", "https://wns2-par02p.notify.windows.com/w/?token=x"})
    void subscriptionsToTheBrowsersPushServicesAreAccepted(String endpoint) {
        assertThat(production.accept(browser.subscription(endpoint)).endpoint()).isEqualTo(endpoint);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://fcm.googleapis.com/fcm/send/abc", "https://127.0.0.1/push", "https://10.0.0.7/push",
            "https://[::1]/push", "https://169.254.169.254/latest/meta-data", "https://localhost/push",
            "https://intranet/push", "https://printer.local/push", "https://evil.example.com/push",
            "https://fcm.googleapis.com.evil.example/push", "https://user@fcm.googleapis.com/x", "ftp://fcm.googleapis.com/x",
            "not a url", "", "http://localhost:8080/push", "https://0x7f000001/push"})
    void endpointsThatAreNotAPublicPushServiceAreRefused(String endpoint) {
        assertThatThrownBy(() -> production.accept(browser.subscription(endpoint)))
                .isInstanceOf(UserFacingException.class).hasMessage(SubscriptionCheck.INVALID);
    }

    @Test
    void keysOfTheWrongLengthOrNotOnTheCurveAreRefused() {
        String endpoint = "https://fcm.googleapis.com/fcm/send/abc";
        BrowserSubscription good = browser.subscription(endpoint);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        byte[] notOnCurve = browser.publicPoint().clone();
        notOnCurve[64] ^= 1;
        for (BrowserSubscription forged : List.of(
                new BrowserSubscription(endpoint, good.p256dh().substring(4), good.auth()),
                new BrowserSubscription(endpoint, b64.encodeToString(notOnCurve), good.auth()),
                new BrowserSubscription(endpoint, good.p256dh(), b64.encodeToString(new byte[15])),
                new BrowserSubscription(endpoint, good.p256dh(), b64.encodeToString(new byte[32])),
                new BrowserSubscription(endpoint, good.p256dh(), "not base64!"),
                new BrowserSubscription(endpoint, "", good.auth()))) {
            assertThatThrownBy(() -> production.accept(forged)).isInstanceOf(UserFacingException.class);
        }
        assertThatThrownBy(() -> production.accept(null)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void aTestPushServiceOnLocalhostIsAcceptedOnlyWhenLocalEndpointsAreAllowed() {
        BrowserSubscription local = browser.subscription("http://127.0.0.1:8123/push/1");
        assertThat(new SubscriptionCheck(properties(true)).accept(local).endpoint()).isEqualTo(local.endpoint());
        assertThatThrownBy(() -> production.accept(local)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void theSendingJobRefusesHostsThatResolveIntoThePrivateNetwork() throws Exception {
        assertThat(production.publicAddress("localhost")).isFalse();
        assertThat(production.publicAddress("127.0.0.1")).isFalse();
        assertThat(SubscriptionCheck.isPublic(InetAddress.getByName("192.168.1.10"))).isFalse();
        assertThat(SubscriptionCheck.isPublic(InetAddress.getByName("100.64.0.1"))).isFalse();
        assertThat(SubscriptionCheck.isPublic(InetAddress.getByName("fd00::1"))).isFalse();
        assertThat(SubscriptionCheck.isPublic(InetAddress.getByName("142.250.185.74"))).isTrue();
    }
}
