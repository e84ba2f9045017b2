package de.lokalwillkommen.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import de.lokalwillkommen.base.push.PushOptIn;
import de.lokalwillkommen.booking.BookingDetails;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A push subscription remembers the reader's whole language tag: "sr-Latn", not its bare language "sr". */
class PushOptInLanguageTest extends BookingUiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSerbianBosnianReadersRemindersAreStoredInSerbianBosnianNotGerman() throws Exception {
        BookingDetails booking = someBooking("brackel-aplerbeck", "Milan");
        navigate(BookingView.class, booking.manageToken());
        UI.getCurrent().setLocale(Locale.forLanguageTag("sr-Latn"));
        PushOptIn optIn = $view(PushOptIn.class).single();
        optIn.capability("ready", "");
        String endpoint = "http://localhost:9/push/sr/" + booking.id();

        optIn.subscribed(endpoint, p256dh(), Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]));

        assertThat(jdbc.queryForObject("select language from push_subscription where endpoint = ?", String.class,
                endpoint)).isEqualTo("sr-Latn");
    }

    private static String p256dh() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        ECPublicKey key = (ECPublicKey) generator.generateKeyPair().getPublic();
        byte[] point = new byte[65];
        point[0] = 4;
        byte[] x = key.getW().getAffineX().toByteArray();
        byte[] y = key.getW().getAffineY().toByteArray();
        int lx = Math.min(x.length, 32);
        int ly = Math.min(y.length, 32);
        System.arraycopy(x, x.length - lx, point, 1 + 32 - lx, lx);
        System.arraycopy(y, y.length - ly, point, 33 + 32 - ly, ly);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(point);
    }
}
