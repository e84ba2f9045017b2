package de.lokalwillkommen.booking;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.MunicipalityProperties;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AppTest
class BookingRetentionTest {

    @Autowired
    BookingRetention retention;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    MunicipalityProperties municipality;

    private long bookingAt(LocalDateTime start) {
        long office = jdbc.queryForObject("select min(id) from office", Long.class);
        jdbc.update("insert into slot (office_id, start_local, end_local, capacity, online_capacity, booked) values (?, ?, ?, 1, 1, 1)",
                office, start, start.plusMinutes(30));
        long slot = jdbc.queryForObject("select max(id) from slot", Long.class);
        String token = UUID.randomUUID().toString();
        jdbc.update("""
                insert into booking (slot_id, office_id, code, manage_token, topic, language, persons, name, phone, email,
                  device_id, note, channel, status, created_at, updated_at)
                values (?, ?, ?, ?, 'HOUSING', 'ar', 2, 'Amal', '+49231123456', 'amal@example.com', 'dev', 'Mietvertrag',
                  'SELF', 'ATTENDED', ?, ?)""", slot, office, token.substring(0, 8), token, start, start);
        return jdbc.queryForObject("select id from booking where manage_token = ?", Long.class, token);
    }

    @Test
    void erasesPersonalDataNinetyDaysAfterTheAppointmentAndKeepsTheFigures() {
        long old = bookingAt(municipality.now(clock).minusDays(91));
        long recent = bookingAt(municipality.now(clock).minusDays(10));
        retention.anonymiseOldBookings();
        Map<String, Object> erased = jdbc.queryForMap("select * from booking where id = ?", old);
        assertThat(erased.get("name")).isNull();
        assertThat(erased.get("phone")).isNull();
        assertThat(erased.get("email")).isNull();
        assertThat(erased.get("note")).isNull();
        assertThat(erased.get("topic")).isEqualTo("HOUSING");
        assertThat(erased.get("persons")).isEqualTo(2);
        assertThat(jdbc.queryForMap("select * from booking where id = ?", recent).get("name")).isEqualTo("Amal");
    }
}
