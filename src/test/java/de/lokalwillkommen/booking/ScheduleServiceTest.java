package de.lokalwillkommen.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.security.StaffAccounts;
import de.lokalwillkommen.base.security.StaffRole;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Planning slots from rules, closures and holidays, as staff use it. */
@AppTest
@WithUserDetails(value = "schedule-admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class ScheduleServiceTest {

    @Autowired
    ScheduleService schedule;
    @Autowired
    BookingService bookingService;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    HolidayCalendar holidays;
    @Autowired
    MunicipalityProperties municipality;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    long officeId;
    LocalDate today;

    @BeforeEach
    void anOfficeAndItsCoordinator() {
        String slug = "schedule-" + UUID.randomUUID();
        jdbc.update("insert into office (slug, name, city) values (?, ?, 'Dortmund')", slug, slug);
        officeId = jdbc.queryForObject("select id from office where slug = ?", Long.class, slug);
        if (!accounts.exists("schedule-admin")) {
            accounts.create("schedule-admin", "Koordination", "a-long-test-password", StaffRole.ADMIN, Set.of());
        }
        today = municipality.now(clock).toLocalDate();
    }

    private ScheduleRuleForm weekly(DayOfWeek day, int everyWeeks) {
        ScheduleRuleForm form = new ScheduleRuleForm();
        form.setOfficeId(officeId);
        form.setWeekday(day);
        form.setEveryWeeks(everyWeeks);
        form.setValidFrom(today);
        form.setStart(LocalTime.of(10, 0));
        form.setEnd(LocalTime.of(12, 0));
        form.setSlotMinutes(30);
        form.setCapacity(2);
        return form;
    }

    private List<SessionView> sessionsOn(LocalDate day) {
        return schedule.sessions(officeId, day, day);
    }

    @Test
    void aWeeklyRuleFillsTheBookingHorizonWithSlots() {
        schedule.saveRule(weekly(today.plusDays(3).getDayOfWeek(), 1));
        List<SessionView> planned = schedule.sessions(officeId, today, today.plusDays(60));
        assertThat(planned).isNotEmpty().allSatisfy(s -> {
            assertThat(s.start().getDayOfWeek()).isEqualTo(today.plusDays(3).getDayOfWeek());
            assertThat(s.start().toLocalDate()).isBeforeOrEqualTo(today.plusDays(BookingSettings.DEFAULT_HORIZON_DAYS));
            assertThat(s.capacity()).isEqualTo(2);
        });
        // four slots of 30 minutes per session, on every such weekday of the horizon that is no public holiday
        // (from a Tuesday in December, two of the four Fridays are Christmas Day and New Year's Day)
        DayOfWeek weekday = today.plusDays(3).getDayOfWeek();
        long sessionDays = today.datesUntil(today.plusDays(BookingSettings.DEFAULT_HORIZON_DAYS + 1L))
                .filter(d -> d.getDayOfWeek() == weekday && holidays.holiday(d).isEmpty()).count();
        assertThat(sessionDays).isPositive();
        assertThat(planned).hasSize((int) (4 * sessionDays));
    }

    @Test
    void publicHolidaysHaveNoSessions() {
        LocalDate holiday = today.plusDays(3);
        while (holidays.holiday(holiday).isEmpty() || holiday.getDayOfWeek().getValue() > 5) {
            holiday = holiday.plusDays(1);
        }
        schedule.saveSettings(new OfficeBookingSettings(officeId, 365, 120, 0));
        schedule.saveRule(weekly(holiday.getDayOfWeek(), 1));
        assertThat(sessionsOn(holiday)).isEmpty();
        assertThat(sessionsOn(holiday.minusWeeks(1))).hasSize(4);
    }

    @Test
    void aClosureRemovesFreeSlotsButKeepsAndReportsBookedOnes() {
        LocalDate day = today.plusDays(7);
        schedule.saveRule(weekly(day.getDayOfWeek(), 1));
        SessionView first = sessionsOn(day).getFirst();
        bookingService.book(BookingConcurrencyContract.request(first.slotId(), UUID.randomUUID().toString()));
        List<SessionView> conflicts = schedule.addClosure(officeId, day, day, "Teamfortbildung");
        assertThat(conflicts).extracting(SessionView::slotId).containsExactly(first.slotId());
        assertThat(sessionsOn(day)).extracting(SessionView::slotId).containsExactly(first.slotId());
    }

    @Test
    void everyFourteenDaysSkipsTheWeekInBetween() {
        // A first session whose date two weeks on is no holiday either (from a Wednesday in December it is Christmas).
        LocalDate first = today.plusDays(2);
        while (holidays.holiday(first).isPresent() || holidays.holiday(first.plusWeeks(2)).isPresent()) {
            first = first.plusDays(1);
        }
        ScheduleRuleForm rule = weekly(first.getDayOfWeek(), 2);
        rule.setValidFrom(first);
        schedule.saveRule(rule);
        assertThat(sessionsOn(first)).hasSize(4);
        assertThat(sessionsOn(first.plusWeeks(1))).isEmpty();
        assertThat(sessionsOn(first.plusWeeks(2))).hasSize(4);
    }

    @Test
    void cancellingASessionCancelsItsBookingsAndListsThePeopleToInform() {
        LocalDate day = today.plusDays(5);
        schedule.saveRule(weekly(day.getDayOfWeek(), 1));
        SessionView slot = sessionsOn(day).getFirst();
        BookingDetails booked = bookingService.book(BookingConcurrencyContract.request(slot.slotId(), UUID.randomUUID().toString()));
        List<BookingDetails> toInform = schedule.cancelSession(officeId, slot.slotId(), "Krankheit im Team");
        assertThat(toInform).extracting(BookingDetails::code).containsExactly(booked.code());
        assertThat(bookingService.findByToken(booked.manageToken()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThatThrownBy(() -> bookingService.book(BookingConcurrencyContract.request(slot.slotId(), "late")))
                .isInstanceOf(SlotTakenException.class);
    }

    @Test
    void aRuleWhoseSlotsDoNotFitIsRefused() {
        ScheduleRuleForm rule = weekly(DayOfWeek.MONDAY, 1);
        rule.setEnd(LocalTime.of(9, 0));
        assertThatThrownBy(() -> schedule.saveRule(rule)).hasMessage("validation.invalidForm");
    }

    @Test
    @WithUserDetails(value = "schedule-staff", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void staffOfAnotherOfficeCannotTouchThisCalendar() {
        assertThatThrownBy(() -> schedule.saveRule(weekly(DayOfWeek.MONDAY, 1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookingService.agenda(officeId, today, today)).isInstanceOf(AccessDeniedException.class);
    }

    @BeforeEach
    void aColleagueFromElsewhere() {
        if (!accounts.exists("schedule-staff")) {
            accounts.create("schedule-staff", "Team anderswo", "a-long-test-password", StaffRole.STAFF, Set.of());
        }
    }
}
