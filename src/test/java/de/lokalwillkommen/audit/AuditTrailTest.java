package de.lokalwillkommen.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.audit.AuditAction;
import de.lokalwillkommen.base.audit.AuditEntry;
import de.lokalwillkommen.base.audit.AuditLog;
import de.lokalwillkommen.base.audit.AuditQuery;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.SessionView;
import de.lokalwillkommen.booking.StaffCalendarFixture;
import de.lokalwillkommen.booking.Topic;
import de.lokalwillkommen.booking.WalkInRecord;
import de.lokalwillkommen.booking.WalkInService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Every staff access to a booking's personal data and every change is in the audit log; only ADMIN reads it. */
@AppTest
@WithUserDetails("brackel")
class AuditTrailTest {

    @Autowired
    BookingService bookings;
    @Autowired
    WalkInService walkIns;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext beans;

    StaffCalendarFixture calendar;
    long brackel;

    @BeforeEach
    void office() {
        calendar = new StaffCalendarFixture(beans);
        brackel = calendar.office("Brackel/Aplerbeck");
    }

    @AfterEach
    void cleanUp() {
        calendar.cleanUp(brackel);
    }

    private List<String> lines(long bookingId) {
        return jdbc.queryForList("select actor_name || ' ' || action || coalesce(' ' || detail, '') from audit_log"
                + " where record_type = 'booking' and record_id = ? order by id", String.class, String.valueOf(bookingId));
    }

    @Test
    void openingTheAgendaAndMarkingABookingAreWrittenWithWhoWhatAndWhichRecord() {
        LocalDate day = calendar.workingDay(9);
        List<SessionView> session = calendar.eveningSession(brackel, day, 2);
        BookingDetails booking = bookings.book(StaffCalendarFixture.request(session.getFirst().slotId(), "Amal Khalil"));

        bookings.agenda(brackel, day, day);
        bookings.agenda(brackel, day, day); // the same person again within minutes: one line is enough
        calendar.whileStarted(booking.slotId(), slotDay -> bookings.markAttended(booking.id()));

        assertThat(lines(booking.id())).containsExactly("brackel CREATE channel SELF", "brackel VIEW",
                "brackel CHANGE status ATTENDED");
        assertThat(jdbc.queryForObject("select office_id from audit_log where record_type = 'booking' and record_id = ?"
                + " and action = 'VIEW'", Long.class, String.valueOf(booking.id()))).isEqualTo(brackel);
    }

    @Test
    void aWalkInIsWrittenToo() {
        long id = walkIns.record(new WalkInRecord(brackel, Topic.HEALTH, "uk", 2, false)).id();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where record_type = 'walk_in' and record_id = ?"
                + " and action = 'CREATE' and actor_name = 'brackel'", Integer.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void onlyTheCoordinationSearchesTheLog() {
        assertThatThrownBy(() -> audit.search(AuditQuery.all(), 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("koordination")
    void theCoordinationFindsWhoOpenedABooking() {
        long office = calendar.office("Brackel/Aplerbeck");
        LocalDate day = calendar.workingDay(10);
        List<SessionView> session = calendar.eveningSession(office, day, 2);
        BookingDetails booking = bookings.book(StaffCalendarFixture.request(session.getFirst().slotId(), "Bashir Noori"));
        bookings.agenda(office, day, day);

        List<AuditEntry> found = audit.search(new AuditQuery(null, null, "koord", AuditAction.VIEW, "booking",
                String.valueOf(booking.id()), null), 10);

        assertThat(found).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("koordination");
            assertThat(entry.officeId()).isEqualTo(office);
            assertThat(entry.at()).isBeforeOrEqualTo(calendar.now());
        });
    }
}
