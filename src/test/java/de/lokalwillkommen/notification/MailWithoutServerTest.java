package de.lokalwillkommen.notification;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.mail.Mailer;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.StaffCalendarFixture;
import de.lokalwillkommen.booking.Topic;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The test app has no mail server: booking works as before, nothing is sent, and the log names no person. */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
@WithUserDetails("brackel")
class MailWithoutServerTest {

    @Autowired
    Mailer mailer;
    @Autowired
    BookingService bookings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext beans;

    @Test
    void aBookingWithAnAddressIsConfirmedOnThePageAndItsMailIsOnlyLoggedWithoutPersonalData(CapturedOutput output)
            throws InterruptedException {
        StaffCalendarFixture calendar = new StaffCalendarFixture(beans);
        long office = calendar.office("Brackel/Aplerbeck");
        var session = calendar.eveningSession(office, calendar.workingDay(11), 2);
        try {
            String key = UUID.randomUUID().toString();
            BookingDetails booking = bookings.book(new BookingRequest(session.getFirst().slotId(), Topic.WORK, "ar", false,
                    1, "Amal Khalil", null, "amal.khalil@example.org", true, null, key, key, null));

            assertThat(mailer.enabled()).isFalse();
            assertThat(booking.manageToken()).isNotBlank();
            long deadline = System.currentTimeMillis() + 20_000;
            while (outcome(booking.id()) == null && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(outcome(booking.id())).isEqualTo("DISABLED");
            assertThat(output.getAll()).contains("booking.confirmation for booking:" + booking.id() + " not sent")
                    .doesNotContain("amal.khalil@example.org").doesNotContain("Amal Khalil");
        } finally {
            calendar.cleanUp(office);
        }
    }

    private String outcome(long bookingId) {
        return jdbc.query("select outcome from mail_log where reference = ?", rs -> rs.next() ? rs.getString(1) : null,
                "booking:" + bookingId);
    }
}
