package de.lokalwillkommen.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import de.lokalwillkommen.base.push.OwnerKind;
import de.lokalwillkommen.base.push.PushOptIn;
import de.lokalwillkommen.base.push.PushSubscriptions;
import de.lokalwillkommen.booking.BookingDetails;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Remind me on this phone" on the personal booking page, without a browser: what each answer of the page script
 * (lw-push.js) shows, subscribing and turning reminders off, and a forged subscription refused in words.
 */
class PushOptInTest extends BookingUiTest {

    @Autowired
    PushSubscriptions subscriptions;

    @Test
    void theButtonAndWhatWillBeSentAreOnThePersonalPage() {
        BookingDetails booking = someBooking("brackel-aplerbeck", "Samir");
        PushOptIn optIn = open(booking);
        optIn.capability("ready", "");

        assertThat(optIn.state()).isEqualTo(PushOptIn.State.READY);
        assertThat(shown("Auf diesem Handy erinnern")).isTrue();
        assertThat(optIn.getElement().getTextRecursively()).contains("am Tag vorher und 2 Stunden vor dem Termin",
                "nie Ihren Namen");
        assertThat(shown("Erinnerungen ausschalten")).isFalse();
    }

    @Test
    void subscribingShowsRemindersOnAndTurningThemOffRemovesTheSubscription() throws Exception {
        BookingDetails booking = someBooking("brackel-aplerbeck", "Samir");
        PushOptIn optIn = open(booking);
        optIn.capability("ready", "");
        String endpoint = "http://localhost:9/push/" + booking.id();

        optIn.subscribed(endpoint, p256dh(), Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]));

        assertThat(optIn.state()).isEqualTo(PushOptIn.State.SUBSCRIBED);
        assertThat(subscriptions.isSubscribed(OwnerKind.BOOKING, booking.id(), endpoint)).isTrue();
        assertThat(status()).isEqualTo("Erinnerungen sind auf diesem Handy eingeschaltet.");
        PushOptIn reopened = open(booking);
        reopened.capability("ready", endpoint);
        assertThat(reopened.state()).as("the page remembers this phone").isEqualTo(PushOptIn.State.SUBSCRIBED);

        test(button("Erinnerungen ausschalten")).click();

        assertThat(reopened.state()).isEqualTo(PushOptIn.State.UNSUBSCRIBED);
        assertThat(subscriptions.isSubscribed(OwnerKind.BOOKING, booking.id(), endpoint)).isFalse();
        assertThat(shown("Auf diesem Handy erinnern")).isTrue();
    }

    @Test
    void aForgedSubscriptionIsRefusedInWordsAndNotStored() {
        BookingDetails booking = someBooking("brackel-aplerbeck", "Samir");
        PushOptIn optIn = open(booking);

        optIn.subscribed("https://169.254.169.254/latest", "AAAA", "AAAA");

        assertThat(optIn.state()).isEqualTo(PushOptIn.State.FAILED);
        assertThat(status()).startsWith("Diese Anmeldung für Benachrichtigungen ist ungültig");
        assertThat(subscriptions.isSubscribed(OwnerKind.BOOKING, booking.id(), "https://169.254.169.254/latest"))
                .isFalse();
    }

    @Test
    void whereNoPushIsPossibleThePageSaysWhyAndHowToAddTheAppToTheHomeScreen() {
        BookingDetails booking = someBooking("brackel-aplerbeck", "Samir");
        PushOptIn optIn = open(booking);

        optIn.capability("ios-install", "");
        assertThat(status()).contains("zum Home-Bildschirm hinzufügen");
        NativeDetails install = $view(NativeDetails.class).withClassName("lw-push-install").single();
        assertThat(install.isVisible()).isTrue();
        assertThat(install.isOpen()).isTrue();
        assertThat(install.getElement().getTextRecursively()).contains("iPhone und iPad (Safari)", "Android (Chrome)",
                "Andere Browser");
        assertThat(shown("Auf diesem Handy erinnern")).isFalse();

        optIn.capability("denied", "");
        assertThat(status()).contains("blockiert Benachrichtigungen");
        assertThat(button("Auf diesem Handy erinnern").isEnabled()).isFalse();

        optIn.capability("unsupported", "");
        assertThat(status()).contains("Dieser Browser kann keine Erinnerungen empfangen");
        assertThat(install.isVisible()).isTrue();
    }

    private PushOptIn open(BookingDetails booking) {
        navigate(BookingView.class, booking.manageToken());
        return $view(PushOptIn.class).single();
    }

    /** Whether a button with this text is visible (the query sees visible components only). */
    private boolean shown(String text) {
        return $view(Button.class).withText(text).exists();
    }

    private Button button(String text) {
        return $view(Button.class).withText(text).single();
    }

    private String status() {
        return $view(Paragraph.class).withClassName("lw-push-status").single().getText();
    }

    private static String p256dh() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        ECPublicKey key = (ECPublicKey) generator.generateKeyPair().getPublic();
        byte[] point = new byte[65];
        point[0] = 4;
        copy(key.getW().getAffineX().toByteArray(), point, 1);
        copy(key.getW().getAffineY().toByteArray(), point, 33);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(point);
    }

    private static void copy(byte[] coordinate, byte[] into, int at) {
        int length = Math.min(coordinate.length, 32);
        System.arraycopy(coordinate, coordinate.length - length, into, at + 32 - length, length);
    }
}
