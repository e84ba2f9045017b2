package de.lokalwillkommen.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.office.VenueSummary;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The schedule behaviour the staff pages rely on, on the demo network, as the Brackel/Aplerbeck team. */
@AppTest
@WithUserDetails("brackel")
class ScheduleServiceStaffTest {

    @Autowired
    ScheduleService schedule;
    @Autowired
    BookingService bookings;
    @Autowired
    OfficeService offices;
    @Autowired
    ApplicationContext beans;

    StaffCalendarFixture calendar;
    long brackel;

    @BeforeEach
    void setUp() {
        calendar = new StaffCalendarFixture(beans);
        brackel = calendar.office("Brackel/Aplerbeck");
    }

    @AfterEach
    void cleanUp() {
        calendar.cleanUp(brackel);
    }

    private static boolean inTheEvening(SessionView session) {
        return !session.start().toLocalTime().isBefore(StaffCalendarFixture.EVENING);
    }

    private ScheduleRuleForm everyTwoWeeks(LocalDate from) {
        ScheduleRuleForm form = new ScheduleRuleForm();
        form.setOfficeId(brackel);
        form.setWeekday(from.getDayOfWeek());
        form.setEveryWeeks(2);
        form.setValidFrom(from);
        form.setStart(LocalTime.of(17, 0));
        form.setEnd(LocalTime.of(18, 0));
        form.setSlotMinutes(20);
        form.setCapacity(2);
        form.setLanguages(Set.of("de"));
        return form;
    }

    @Test
    void anEveryFourteenDaysRuleHoldsSessionsEveryOtherWeekFromItsFirstDay() {
        LocalDate first = calendar.workingDay(3);
        schedule.saveRule(everyTwoWeeks(first));
        assertThat(calendar.evening(brackel, first)).extracting(s -> s.start().toLocalTime())
                .containsExactly(LocalTime.of(17, 0), LocalTime.of(17, 20), LocalTime.of(17, 40));
        assertThat(calendar.evening(brackel, first.plusWeeks(1))).isEmpty();
        assertThat(calendar.evening(brackel, first.plusWeeks(2))).hasSize(3)
                .allSatisfy(s -> assertThat(s.capacity()).isEqualTo(2));
    }

    @Test
    void anInvalidRuleIsRefusedWithATranslationKeyAndNothingIsPlanned() {
        LocalDate first = calendar.workingDay(3);
        ScheduleRuleForm endsBeforeItStarts = everyTwoWeeks(first);
        endsBeforeItStarts.setEnd(LocalTime.of(16, 0));
        assertThatThrownBy(() -> schedule.saveRule(endsBeforeItStarts)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("validation.invalidForm");
        assertThat(calendar.evening(brackel, first)).isEmpty();
    }

    @Test
    void aRuleMayOnlyUseAVenueOfItsOwnOffice() {
        long luedo = calendar.office("Lütgendortmund");
        VenueSummary marten = offices.venuesOf(luedo).getFirst();
        ScheduleRuleForm elsewhere = everyTwoWeeks(calendar.workingDay(3));
        elsewhere.setVenueId(marten.id());
        assertThatThrownBy(() -> schedule.saveRule(elsewhere)).isInstanceOf(UserFacingException.class);
        assertThat(schedule.rules(brackel)).noneMatch(r -> r.getStart().equals(LocalTime.of(17, 0)));
    }

    @Test
    void aClosureRemovesTheUnbookedSlotsOfThatDayAndReportsTheBookedOnes() {
        LocalDate day = calendar.workingDay(4);
        List<SessionView> session = calendar.eveningSession(brackel, day, 1);
        bookings.book(StaffCalendarFixture.request(session.get(1).slotId(), "Amal Khalil"));

        List<SessionView> conflicts = schedule.addClosure(brackel, day, day, StaffCalendarFixture.TEST_REASON + "Fortbildung");

        // Other tests may have booked daytime places of the same day: only this test's evening session is its own.
        assertThat(conflicts).filteredOn(ScheduleServiceStaffTest::inTheEvening).extracting(SessionView::slotId)
                .containsExactly(session.get(1).slotId());
        assertThat(calendar.evening(brackel, day)).extracting(SessionView::slotId)
                .containsExactly(session.get(1).slotId());
        // Every session the office still holds that day has someone booked (sessions other tests cancelled don't count).
        assertThat(schedule.sessions(brackel, day, day)).filteredOn(s -> !s.cancelled()).isNotEmpty()
                .allMatch(s -> s.booked() > 0);
    }

    @Test
    void removingAClosureBringsTheSessionsBack() {
        LocalDate day = calendar.workingDay(4);
        calendar.eveningSession(brackel, day, 1);
        schedule.addClosure(brackel, day, day, StaffCalendarFixture.TEST_REASON + "Betriebsausflug");
        assertThat(calendar.evening(brackel, day)).isEmpty();
        long closure = schedule.closures(brackel).stream().filter(c -> c.from().equals(day)).findFirst().orElseThrow().id();

        schedule.removeClosure(brackel, closure);

        assertThat(calendar.evening(brackel, day)).hasSize(2);
    }

    @Test
    void movingARuleToOtherTimesReportsTheBookedSessionsThatNoLongerFit() {
        LocalDate day = calendar.workingDay(5);
        List<SessionView> session = calendar.eveningSession(brackel, day, 1);
        bookings.book(StaffCalendarFixture.request(session.getFirst().slotId(), "Dara Ahmadi"));
        ScheduleRuleForm rule = schedule.rules(brackel).stream()
                .filter(r -> r.isOneOff() && day.equals(r.getOnDate()) && r.getStart().equals(LocalTime.of(18, 0)))
                .findFirst().orElseThrow();
        rule.setStart(LocalTime.of(19, 0));
        rule.setEnd(LocalTime.of(20, 0));

        List<SessionView> conflicts = schedule.saveRule(rule);

        assertThat(conflicts).extracting(SessionView::slotId).containsExactly(session.getFirst().slotId());
        assertThat(calendar.evening(brackel, day)).extracting(s -> s.start().toLocalTime())
                .containsExactly(LocalTime.of(18, 0), LocalTime.of(19, 0), LocalTime.of(19, 30));
    }

    @Test
    void cancellingASessionCancelsItsBookingsAndNamesThePeopleToInform() {
        LocalDate day = calendar.workingDay(6);
        SessionView slot = calendar.eveningSession(brackel, day, 2).getFirst();
        bookings.book(StaffCalendarFixture.request(slot.slotId(), "Olena Koval"));

        List<BookingDetails> affected = schedule.cancelSession(brackel, slot.slotId(), "Krankheit im Team");

        assertThat(affected).extracting(BookingDetails::name).containsExactly("Olena Koval");
        assertThat(affected.getFirst().phone()).isEqualTo("02315550101");
        assertThat(bookings.agenda(brackel, day, day)).filteredOn(b -> "Olena Koval".equals(b.name()))
                .singleElement().satisfies(b -> {
                    assertThat(b.status()).isEqualTo(BookingStatus.CANCELLED);
                    assertThat(b.cancelReason()).isEqualTo("Krankheit im Team");
                });
        assertThat(schedule.sessions(brackel, day, day)).filteredOn(s -> s.slotId() == slot.slotId())
                .singleElement().satisfies(s -> assertThat(s.cancelled()).isTrue());
    }

    @Test
    void aDayWhoseOnlyBookingWasCancelledCanBeClosedAndItsTimesAreNoLongerOffered() {
        LocalDate day = calendar.workingDay(4);
        List<SessionView> session = calendar.eveningSession(brackel, day, 1);
        BookingDetails booking = bookings.book(StaffCalendarFixture.request(session.getFirst().slotId(), "Goran Petrov"));
        bookings.cancelByStaff(booking.id(), "verschoben");

        List<SessionView> conflicts = schedule.addClosure(brackel, day, day,
                StaffCalendarFixture.TEST_REASON + "Personalversammlung");

        assertThat(conflicts).filteredOn(ScheduleServiceStaffTest::inTheEvening).isEmpty();
        assertThat(calendar.evening(brackel, day)).isEmpty();
        assertThat(bookings.freeSlotsForStaff(brackel, day, 100)).noneMatch(s -> s.start().toLocalDate().equals(day)
                && !s.start().toLocalTime().isBefore(StaffCalendarFixture.EVENING));
        assertThat(bookings.agenda(brackel, day, day)).filteredOn(b -> b.id() == booking.id()).singleElement()
                .satisfies(b -> assertThat(b.status()).isEqualTo(BookingStatus.CANCELLED));
    }

    @Test
    void anAgendaOfADayWithoutSessionsIsEmpty() {
        LocalDate sunday = calendar.today().plusWeeks(1).with(java.time.DayOfWeek.SUNDAY);
        assertThat(bookings.agenda(brackel, sunday, sunday)).isEmpty();
    }

    @Test
    void theTeamOfOneOfficeCannotReadOrChangeAnotherOfficesCalendar() {
        long mengede = calendar.office("Mengede/Huckarde");
        LocalDate today = calendar.today();
        assertThatThrownBy(() -> schedule.rules(mengede)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schedule.sessions(mengede, today, today)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookings.agenda(mengede, today, today)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schedule.addClosure(mengede, today, today, "x"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
