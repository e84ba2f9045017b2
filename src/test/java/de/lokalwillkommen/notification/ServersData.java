package de.lokalwillkommen.notification;

import de.lokalwillkommen.TwoServers;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.security.StaffAccounts;
import de.lokalwillkommen.base.security.StaffRole;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.Topic;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Offices, slots and bookings on the two servers' shared database, and the mails GreenMail received. */
final class ServersData {

    final TwoServers servers = TwoServers.get();
    final JdbcTemplate jdbc = servers.jdbc();

    ServersData() {
        StaffAccounts accounts = servers.a.getBean(StaffAccounts.class);
        synchronized (ServersData.class) {
            if (!accounts.exists(TwoServers.ADMIN)) {
                accounts.create(TwoServers.ADMIN, "Koordination", "a-long-test-password", StaffRole.ADMIN, Set.of());
            }
        }
    }

    LocalDateTime now() {
        return servers.a.getBean(MunicipalityProperties.class).now(servers.a.getBean(Clock.class)).withSecond(0)
                .withNano(0);
    }

    long office(String name, String email, String phone) {
        String slug = "servers-" + UUID.randomUUID();
        jdbc.update("insert into office (slug, name, city, street, postcode, email, phone) values (?, ?, 'Dortmund',"
                + " 'Brackeler Hellweg 1', '44309', ?, ?)", slug, name, email, phone);
        return jdbc.queryForObject("select id from office where slug = ?", Long.class, slug);
    }

    long slot(long officeId, LocalDateTime start, int capacity) {
        jdbc.update("insert into slot (office_id, start_local, end_local, capacity, online_capacity, booked) values (?, ?, ?, ?, ?, 0)",
                officeId, start, start.plusMinutes(30), capacity, capacity);
        return jdbc.queryForObject("select max(id) from slot where office_id = ?", Long.class, officeId);
    }

    static BookingRequest request(long slotId, String name, String language, String email) {
        String key = UUID.randomUUID().toString();
        return new BookingRequest(slotId, Topic.HOUSING, language, false, 2, name, null, email, true, null, key, key,
                null);
    }

    /** Makes a booking look as if it had been made two days ago (reminders skip bookings made the day before). */
    void madeTwoDaysAgo(long bookingId) {
        jdbc.update("update booking set created_at = ? where id = ?", now().minusDays(2), bookingId);
    }

    List<MimeMessage> mailsTo(String addressPart) {
        return Arrays.stream(servers.mail.getReceivedMessages()).filter(m -> recipients(m).contains(addressPart))
                .toList();
    }

    static String recipients(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null ? "" : Arrays.toString(to);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until at least {@code count} mails reached addresses containing {@code addressPart}, then a little longer. */
    List<MimeMessage> awaitMails(String addressPart, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (mailsTo(addressPart).size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(1_500); // time for a duplicate to arrive, if there were one
        return mailsTo(addressPart);
    }
}
