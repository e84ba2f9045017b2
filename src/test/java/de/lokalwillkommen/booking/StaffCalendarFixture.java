package de.lokalwillkommen.booking;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OfficeService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import java.util.List;
import java.util.LinkedHashSet;
import org.springframework.context.ApplicationContext;

/**
 * Test sessions for the staff calendar, on the shared demo database. They are held in the evening
 * (from {@link #EVENING}), after every demo hour, so they never mix with the demo schedule;
 * {@link #cleanUp} removes them, cancels what was booked into them and removes the test closures.
 * Needs a signed-in staff member of the office (e.g. {@code @WithUserDetails("brackel")}).
 */
public final class StaffCalendarFixture {

    public static final LocalTime EVENING = LocalTime.of(17, 0);
    public static final String TEST_REASON = "Test: ";

    private final ScheduleService schedule;
    private final OfficeService offices;
    private final HolidayCalendar holidays;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final DataSource dataSource;

    public StaffCalendarFixture(ApplicationContext beans) {
        this.schedule = beans.getBean(ScheduleService.class);
        this.offices = beans.getBean(OfficeService.class);
        this.holidays = beans.getBean(HolidayCalendar.class);
        this.municipality = beans.getBean(MunicipalityProperties.class);
        this.clock = beans.getBean(Clock.class);
        this.dataSource = beans.getBean(DataSource.class);
    }

    public long office(String name) {
        return offices.officeRefs().stream().filter(o -> o.name().equals(name)).map(OfficeRef::id).findFirst()
                .orElseThrow();
    }

    /** Dortmund's wall-clock time on the application's clock. */
    public java.time.LocalDateTime now() {
        return municipality.now(clock);
    }

    public LocalDate today() {
        return municipality.now(clock).toLocalDate();
    }

    /**
     * The first weekday (Monday to Friday) from {@code days} ahead that is no holiday and whose date two weeks
     * later is none either. Test sessions never fall on a weekend, so a weekend day is one nobody books.
     */
    public LocalDate workingDay(int days) {
        LocalDate day = today().plusDays(days);
        while (isWeekend(day) || holidays.holiday(day).isPresent() || holidays.holiday(day.plusWeeks(2)).isPresent()) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public static ScheduleRuleForm oneOff(long officeId, LocalDate date, LocalTime start, LocalTime end, int capacity) {
        ScheduleRuleForm form = new ScheduleRuleForm();
        form.setOfficeId(officeId);
        form.setOneOff(true);
        form.setOnDate(date);
        form.setStart(start);
        form.setEnd(end);
        form.setSlotMinutes(30);
        form.setCapacity(capacity);
        form.setLanguages(new LinkedHashSet<>(List.of("de", "ar")));
        return form;
    }

    /** A one-off evening session of two 30-minute slots (18:00 and 18:30) on the given day. */
    public List<SessionView> eveningSession(long officeId, LocalDate date, int capacity) {
        schedule.saveRule(oneOff(officeId, date, LocalTime.of(18, 0), LocalTime.of(19, 0), capacity));
        return evening(officeId, date);
    }

    public List<SessionView> evening(long officeId, LocalDate date) {
        return schedule.sessions(officeId, date, date).stream()
                .filter(s -> !s.cancelled() && !s.start().toLocalTime().isBefore(EVENING)).toList();
    }

    public static BookingRequest request(long slotId, String name) {
        return new BookingRequest(slotId, Topic.HOUSING, "ar", true, 3, name, "0231 555 0101", null, true,
                "Mietvertrag mitbringen", null, null, null);
    }

    /**
     * Runs {@code action} (given the slot's day) while the slot has just begun (it starts a minute ago), then puts it back: attended
     * and no-show can only be recorded from an appointment's start on, and test sessions lie in the future.
     */
    public void whileStarted(long slotId, Consumer<LocalDate> action) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, Object> before = jdbc.queryForMap("select start_local, end_local from slot where id = ?", slotId);
        LocalDateTime start = municipality.now(clock).minusMinutes(1).withNano(0);
        jdbc.update("update slot set start_local = ?, end_local = ? where id = ?", start, start.plusMinutes(30), slotId);
        try {
            action.accept(start.toLocalDate());
        } finally {
            jdbc.update("update slot set start_local = ?, end_local = ? where id = ?", before.get("start_local"),
                    before.get("end_local"), slotId);
        }
    }

    public void cleanUp(long officeId) {
        schedule.closures(officeId).stream().filter(c -> c.reason().startsWith(TEST_REASON))
                .forEach(c -> schedule.removeClosure(officeId, c.id()));
        schedule.rules(officeId).stream().filter(r -> !r.getStart().isBefore(EVENING))
                .forEach(r -> schedule.deleteRule(officeId, r.getId()));
        schedule.sessions(officeId, today(), today().plusYears(1)).stream()
                .filter(s -> !s.cancelled() && !s.start().toLocalTime().isBefore(EVENING))
                .forEach(s -> schedule.cancelSession(officeId, s.slotId(), TEST_REASON + "aufgeräumt"));
    }
}
