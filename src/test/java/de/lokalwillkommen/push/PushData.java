package de.lokalwillkommen.push;

import de.lokalwillkommen.TwoServers;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.Topic;
import de.lokalwillkommen.base.security.StaffAccounts;
import de.lokalwillkommen.base.security.StaffRole;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** An office, slots and bookings on the two servers' shared PostgreSQL, for the push tests. */
final class PushData {

    final TwoServers servers = TwoServers.get();
    final JdbcTemplate jdbc = servers.jdbc();

    PushData() {
        StaffAccounts accounts = servers.a.getBean(StaffAccounts.class);
        synchronized (TwoServers.class) {
            if (!accounts.exists(TwoServers.ADMIN)) {
                accounts.create(TwoServers.ADMIN, "Koordination", "a-long-test-password", StaffRole.ADMIN, Set.of());
            }
        }
    }

    LocalDateTime now() {
        return servers.a.getBean(MunicipalityProperties.class).now(servers.a.getBean(Clock.class)).withSecond(0)
                .withNano(0);
    }

    long office(String name) {
        String slug = "push-" + UUID.randomUUID();
        jdbc.update("insert into office (slug, name, city, street, postcode, email, phone) values (?, ?, 'Dortmund',"
                + " 'Brackeler Hellweg 1', '44309', 'push@example.org', '0231 5021234')", slug, name);
        return jdbc.queryForObject("select id from office where slug = ?", Long.class, slug);
    }

    long slot(long officeId, LocalDateTime start) {
        jdbc.update("insert into slot (office_id, start_local, end_local, capacity, online_capacity, booked)"
                + " values (?, ?, ?, 3, 3, 0)", officeId, start, start.plusMinutes(30));
        return jdbc.queryForObject("select max(id) from slot where office_id = ?", Long.class, officeId);
    }

    /** A booking by staff on someone's behalf (staff may book at short notice), with a name, phone and address. */
    BookingDetails book(long officeId, long slotId, String language) {
        String key = UUID.randomUUID().toString();
        return TwoServers.asAdmin(servers.a, () -> servers.a.getBean(BookingService.class).bookOnBehalf(officeId,
                new BookingRequest(slotId, Topic.HOUSING, language, false, 2, "Amal Khalil", "0176 12345678",
                        "amal.khalil@example.org", true, null, key, key, null)));
    }
}
