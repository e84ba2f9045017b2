package de.lokalwillkommen.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.TwoServers;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.booking.BookingEvents;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.Topic;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: when an office's online booking brake holds newcomers back, the office's team gets one e-mail (German,
 * like the staff screens) per engagement, whichever server held the attempts, without any data of the people booking.
 */
@Tag(TwoServers.TAG)
class HeldMailTest {

    final ServersData data = new ServersData();
    final TwoServers servers = data.servers;

    @Test
    void whenTheBrakeHoldsNewcomersBackOnBothServersTheOfficeIsToldOnceInGermanWithoutTheirData() throws Exception {
        String officeMail = "hafen-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long office = data.office("Hafen", officeMail, "0231 5027777");
        LocalDateTime start = data.now().plusDays(3).withHour(10).withMinute(0);
        long slot = data.slot(office, start, 4);
        // The brake has just engaged (as a burst of bookings engages it; these servers run with the brake's
        // measures switched off so the other tests can book freely).
        LocalDateTime engaged = data.now();
        data.jdbc.update("insert into booking_hold (office_id, since, last_at, held) values (?, ?, ?, 0)", office,
                engaged, engaged);

        assertHeld(servers.a.getBean(BookingService.class), slot, "Nasrin Sadeghi", "nasrin.sadeghi@example.net",
                "192.0.2.91");
        assertHeld(servers.b.getBean(BookingService.class), slot, "Yusuf Demir", "yusuf.demir@example.net",
                "192.0.2.92");
        // An event delivered twice (a retry, or both servers counting the first held attempt) still mails once.
        LocalDateTime since = data.jdbc.queryForObject("select since from booking_hold where office_id = ?",
                LocalDateTime.class, office);
        servers.b.publishEvent(new BookingEvents.OnlineBookingHeld(office, since));

        List<MimeMessage> mails = data.awaitMails(officeMail, 1);

        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).isEqualTo("Online-Buchung gebremst: Hafen");
        assertThat(mail.getHeader("Content-Language")).containsExactly("de");
        String text = BookingMailTest.text(mail);
        assertThat(text).contains("ungewöhnlich schnell", "Telefonnummer des Büros", TwoServers.BASE_URL + "staff/agenda");
        assertThat(text).doesNotContain("Nasrin", "Sadeghi", "Yusuf", "Demir", "example.net", "192.0.2");
        assertThat(data.jdbc.queryForObject("select count(*) from mail_log where kind = 'booking.held' and reference = ?",
                Integer.class, "office:" + office)).isEqualTo(1);
    }

    private static void assertHeld(BookingService bookings, long slot, String name, String email, String address) {
        String key = UUID.randomUUID().toString();
        BookingRequest request = new BookingRequest(slot, Topic.HOUSING, "fa", false, 1, name, null, email, true, null,
                key, key, address);
        assertThatThrownBy(() -> bookings.book(request)).isInstanceOfSatisfying(UserFacingException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("booking.error.held"));
    }
}
