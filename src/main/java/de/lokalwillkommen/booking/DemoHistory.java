package de.lokalwillkommen.booking;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OfficeService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Half a year of past consultations and walk-ins for the demo, so the figures have something to show: Tuesday and
 * Thursday mornings in every office, drawn from a fixed seed (the same figures on every start). Illustrative, not
 * the network's real numbers; anonymous from the start (no names), as retention would have left them.
 */
@Component
@Profile("demo")
@Order(4)
class DemoHistory implements ApplicationRunner {

    static final int DAYS = 182;
    private static final String[] LANGUAGES = {"ar", "ar", "ar", "uk", "uk", "fa", "fa", "tr", "ru", "ps", "ti", "ro",
            "bg", "de", "kmr", "fr"};
    private static final Topic[] TOPICS = {Topic.BENEFITS, Topic.BENEFITS, Topic.HOUSING, Topic.HOUSING,
            Topic.SCHOOL_KITA, Topic.LANGUAGE_COURSE, Topic.LANGUAGE_COURSE, Topic.RESIDENCE, Topic.WORK, Topic.HEALTH,
            Topic.LEISURE, Topic.OTHER};

    private final JdbcTemplate jdbc;
    private final OfficeService offices;
    private final HolidayCalendar holidays;
    private final MunicipalityProperties municipality;
    private final Clock clock;

    DemoHistory(JdbcTemplate jdbc, OfficeService offices, HolidayCalendar holidays, MunicipalityProperties municipality,
            Clock clock) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.holidays = holidays;
        this.municipality = municipality;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        LocalDate today = municipality.now(clock).toLocalDate();
        Integer past = jdbc.queryForObject("select count(*) from slot where start_local < ?", Integer.class,
                today.minusDays(1).atStartOfDay());
        if (past != null && past > 0) {
            return;
        }
        Random random = new Random(2026);
        List<Object[]> walkIns = new ArrayList<>();
        int code = 0;
        for (OfficeRef office : offices.officeRefs()) {
            for (LocalDate day = today.minusDays(DAYS); day.isBefore(today.minusDays(1)); day = day.plusDays(1)) {
                boolean consultationDay = day.getDayOfWeek() == DayOfWeek.TUESDAY || day.getDayOfWeek() == DayOfWeek.THURSDAY;
                if (!consultationDay || holidays.holiday(day).isPresent()) {
                    continue;
                }
                for (LocalTime time = LocalTime.of(10, 0); time.isBefore(LocalTime.of(12, 0)); time = time.plusMinutes(30)) {
                    LocalDateTime start = day.atTime(time);
                    int wanted = random.nextInt(3);
                    List<String> statuses = new ArrayList<>();
                    for (int i = 0; i < wanted; i++) {
                        int draw = random.nextInt(100);
                        statuses.add(draw < 76 ? "ATTENDED" : draw < 88 ? "NO_SHOW" : "CANCELLED");
                    }
                    long held = statuses.stream().filter(s -> !s.equals("CANCELLED")).count();
                    jdbc.update("insert into slot (office_id, start_local, end_local, capacity, online_capacity, booked)"
                            + " values (?, ?, ?, 2, 2, ?)", office.id(), start, start.plusMinutes(30), held);
                    Long slot = jdbc.queryForObject("select max(id) from slot where office_id = ?", Long.class, office.id());
                    for (String status : statuses) {
                        String token = UUID.randomUUID().toString();
                        jdbc.update("""
                                insert into booking (slot_id, office_id, code, manage_token, topic, language, interpreter,
                                  persons, channel, status, created_at, updated_at)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", slot, office.id(),
                                "DEMO" + String.format("%07d", ++code), token,
                                TOPICS[random.nextInt(TOPICS.length)].name(), LANGUAGES[random.nextInt(LANGUAGES.length)],
                                random.nextInt(100) < 35, 1 + random.nextInt(4), random.nextInt(100) < 68 ? "SELF" : "STAFF",
                                status, start.minusDays(1 + random.nextInt(10)), start);
                    }
                }
                for (int i = random.nextInt(4); i > 0; i--) {
                    walkIns.add(new Object[] {office.id(), day.atTime(9 + random.nextInt(8), random.nextInt(60)),
                            TOPICS[random.nextInt(TOPICS.length)].name(), LANGUAGES[random.nextInt(LANGUAGES.length)],
                            1 + random.nextInt(3), random.nextInt(100) < 30});
                }
            }
        }
        jdbc.batchUpdate("insert into walk_in (office_id, occurred_at, topic, language, persons, interpreter)"
                + " values (?, ?, ?, ?, ?, ?)", walkIns);
    }
}
