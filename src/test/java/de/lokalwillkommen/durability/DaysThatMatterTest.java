package de.lokalwillkommen.durability;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.SettableClock;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.BookingStatus;
import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.HolidayCalendar;
import de.lokalwillkommen.booking.ScheduleRuleForm;
import de.lokalwillkommen.booking.ScheduleService;
import de.lokalwillkommen.booking.Topic;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The days on which date code usually breaks, as explicit cases on one application whose clock the test sets:
 * the nights summer time begins and ends, public holidays and their eves, weekends, the end of a month and of a
 * year. On each, an office open every day from 10 to 12 offers only times from two hours ahead (the lead time),
 * none on a public holiday, none beyond its 28-day horizon, and the first of them can be booked.
 */
@SpringBootTest(properties =
        "spring.datasource.url=jdbc:h2:mem:lw-days;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@ActiveProfiles({"demo", "test"})
@Import(DaysThatMatterTest.Settable.class)
class DaysThatMatterTest {

    @TestConfiguration
    static class Settable {
        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock(LocalDateTime.of(2026, 12, 7, 9, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant());
        }
    }

    @Autowired
    SettableClock clock;
    @Autowired
    MunicipalityProperties municipality;
    @Autowired
    ScheduleService schedule;
    @Autowired
    BookingService bookings;
    @Autowired
    HolidayCalendar holidays;
    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "the night summer time begins (Sunday 01:30),  2027-03-28T01:30",
            "the night summer time ends (Sunday 01:30),    2026-10-25T01:30",
            "Christmas Eve before two holidays,            2026-12-24T16:00",
            "a Saturday morning,                           2026-12-12T08:00",
            "a Sunday evening,                             2026-12-13T18:00",
            "the last evening of a month,                  2027-01-31T23:30",
            "New Year's Eve just before midnight,          2026-12-31T23:59",
            "Easter Monday,                                2027-03-29T09:00"})
    @WithUserDetails("koordination")
    void onlyTimesFromTheLeadTimeOnWithinTheHorizonAndNoneOnAHolidayAreOffered(String day, LocalDateTime wallClock) {
        clock.set(wallClock.atZone(municipality.zone()).toInstant());
        long office = openEveryDayFromTenToTwelve();

        List<FreeSlot> free = bookings.freeSlots(office, 1000);

        LocalDateTime earliest = municipality.inMinutes(clock, 120);
        LocalDateTime horizonEnd = wallClock.toLocalDate().plusDays(29).atStartOfDay();
        assertThat(free).as(day).isNotEmpty();
        assertThat(free).allSatisfy(slot -> {
            assertThat(slot.start()).isAfterOrEqualTo(earliest).isBefore(horizonEnd);
            assertThat(holidays.holiday(slot.start().toLocalDate())).as(slot.start() + " is a holiday").isEmpty();
            assertThat(slot.start().toLocalTime()).isBetween(LocalTime.of(10, 0), LocalTime.of(11, 30));
        });
        String key = UUID.randomUUID().toString();
        BookingDetails booked = bookings.book(new BookingRequest(free.getFirst().slotId(), Topic.HOUSING, "ar", false, 1,
                "Amal Test", null, null, true, null, key, key, key));
        assertThat(booked.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(bookings.agenda(office, booked.start().toLocalDate(), booked.start().toLocalDate()))
                .extracting(BookingDetails::id).containsExactly(booked.id());
    }

    private long openEveryDayFromTenToTwelve() {
        String slug = "days-" + UUID.randomUUID();
        jdbc.update("insert into office (slug, name, city) values (?, ?, 'Dortmund')", slug, slug);
        long office = jdbc.queryForObject("select id from office where slug = ?", Long.class, slug);
        for (DayOfWeek weekday : DayOfWeek.values()) {
            ScheduleRuleForm rule = new ScheduleRuleForm();
            rule.setOfficeId(office);
            rule.setWeekday(weekday);
            rule.setStart(LocalTime.of(10, 0));
            rule.setEnd(LocalTime.of(12, 0));
            rule.setCapacity(2);
            rule.setLanguages(new LinkedHashSet<>(List.of("de", "ar")));
            schedule.saveRule(rule);
        }
        return office;
    }
}
