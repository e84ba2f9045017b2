package de.lokalwillkommen.waitlist;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.Topic;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** An office of its own per test, with slots written straight into the table: no schedule rule, no holiday matters. */
final class WaitlistFixture {

    final JdbcTemplate jdbc;
    final BookingService bookings;
    final WaitlistService waitlist;
    final long officeId;
    final LocalDateTime now;

    WaitlistFixture(JdbcTemplate jdbc, BookingService bookings, WaitlistService waitlist, Clock clock,
            MunicipalityProperties municipality) {
        this.jdbc = jdbc;
        this.bookings = bookings;
        this.waitlist = waitlist;
        this.now = municipality.now(clock).withNano(0);
        String slug = "waitlist-" + UUID.randomUUID();
        jdbc.update("insert into office (slug, name, city) values (?, ?, 'Dortmund')", slug, "Büro " + slug);
        officeId = jdbc.queryForObject("select id from office where slug = ?", Long.class, slug);
    }

    LocalDateTime inDays(int days, int hour) {
        return now.toLocalDate().plusDays(days).atTime(hour, 0);
    }

    long slot(LocalDateTime start, int capacity, String languages) {
        jdbc.update("insert into slot (office_id, start_local, end_local, capacity, online_capacity, booked, cancelled,"
                + " languages) values (?, ?, ?, ?, ?, 0, false, ?)", officeId, start, start.plusMinutes(30), capacity,
                capacity, languages);
        return jdbc.queryForObject("select max(id) from slot where office_id = ?", Long.class, officeId);
    }

    BookingDetails book(long slotId, String name) {
        return bookings.book(new BookingRequest(slotId, Topic.HOUSING, "ar", false, 1, name, null, null, true, null,
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), null));
    }

    WaitlistEntry join(String language, boolean interpreter, LocalDate lastDate, @Nullable String email) {
        return waitlist.join(new WaitlistRequest(officeId, Topic.HOUSING, language, interpreter, 2, lastDate, email,
                null, null));
    }

    WaitlistEntry reload(WaitlistEntry entry) {
        return waitlist.findByToken(entry.token()).orElseThrow();
    }

    int booked(long slotId) {
        return jdbc.queryForObject("select booked from slot where id = ?", Integer.class, slotId);
    }

    int bookingsIn(long slotId) {
        return jdbc.queryForObject("select count(*) from booking where slot_id = ? and status = 'BOOKED'",
                Integer.class, slotId);
    }

    void holdRanOut(WaitlistEntry.Offer offer) {
        jdbc.update("update waitlist_offer set hold_until = ? where id = ?", now.minusMinutes(1), offer.id());
    }
}
