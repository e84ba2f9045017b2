package de.lokalwillkommen.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class RulePlanTest {

    private static RulePlan weekly(DayOfWeek day, int everyWeeks, LocalDate from, LocalDate until) {
        return new RulePlan(day, everyWeeks, null, from, until, LocalTime.of(10, 0), LocalTime.of(12, 0), 30);
    }

    @Test
    void aWeeklyRuleHoldsASessionOnItsWeekdayOnly() {
        RulePlan tuesdays = weekly(DayOfWeek.TUESDAY, 1, LocalDate.of(2026, 11, 1), null);
        assertThat(tuesdays.sessionDates(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)))
                .containsExactly(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 17),
                        LocalDate.of(2026, 11, 24));
    }

    @Test
    void everyFourteenDaysCountsFromTheFirstSessionNotFromTheWindow() {
        // Marten: every 14 days on Tuesday, one of them on 9 November 2021.
        RulePlan marten = weekly(DayOfWeek.TUESDAY, 2, LocalDate.of(2021, 11, 9), null);
        assertThat(marten.sessionDates(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 31)))
                .allSatisfy(d -> assertThat(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2021, 11, 9), d) % 14)
                        .isZero())
                .hasSize(3);
        assertThat(marten.sessionDates(LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 30)))
                .containsExactly(LocalDate.of(2021, 11, 9), LocalDate.of(2021, 11, 23));
    }

    @Test
    void validityBoundsTheRuleOnBothEnds() {
        RulePlan bounded = weekly(DayOfWeek.THURSDAY, 1, LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 10));
        assertThat(bounded.sessionDates(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31)))
                .containsExactly(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 10));
    }

    @Test
    void aOneOffSessionHappensOnceOnItsDate() {
        RulePlan once = new RulePlan(null, 1, LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 5),
                LocalDate.of(2026, 12, 5), LocalTime.of(14, 0), LocalTime.of(15, 0), 20);
        assertThat(once.sessionDates(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
                .containsExactly(LocalDate.of(2026, 12, 5));
        assertThat(once.slotsOn(LocalDate.of(2026, 12, 5))).hasSize(3);
    }

    @Test
    void aSessionIsCutIntoSlotsThatFitBeforeItsEnd() {
        RulePlan plan = new RulePlan(DayOfWeek.MONDAY, 1, null, LocalDate.of(2026, 1, 1), null, LocalTime.of(10, 0),
                LocalTime.of(11, 50), 30);
        assertThat(plan.slotsOn(LocalDate.of(2026, 11, 23))).extracting(RulePlan.PlannedSlot::start)
                .containsExactly(LocalDateTime.of(2026, 11, 23, 10, 0), LocalDateTime.of(2026, 11, 23, 10, 30),
                        LocalDateTime.of(2026, 11, 23, 11, 0));
    }

    @Test
    void closedDaysAreLeftOut() {
        RulePlan tuesdays = weekly(DayOfWeek.TUESDAY, 1, LocalDate.of(2026, 11, 1), null);
        assertThat(tuesdays.slotsBetween(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                d -> d.equals(LocalDate.of(2026, 11, 10)))).hasSize(3 * 4)
                .noneMatch(s -> s.start().toLocalDate().equals(LocalDate.of(2026, 11, 10)));
    }

    @Test
    void sessionsKeepTheirWallClockTimeOnTheSundaysSummerTimeBeginsAndEnds() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        RulePlan sundays = new RulePlan(DayOfWeek.SUNDAY, 1, null, LocalDate.of(2026, 1, 1), null, LocalTime.of(1, 0),
                LocalTime.of(4, 0), 60);
        for (LocalDate lastSunday : new LocalDate[] {LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25)}) {
            assertThat(sundays.slotsOn(lastSunday)).extracting(s -> s.start().toLocalTime())
                    .containsExactly(LocalTime.of(1, 0), LocalTime.of(2, 0), LocalTime.of(3, 0));
        }
        RulePlan mornings = weekly(DayOfWeek.SUNDAY, 1, LocalDate.of(2026, 1, 1), null);
        LocalDateTime before = mornings.slotsOn(LocalDate.of(2026, 3, 22)).getFirst().start();
        LocalDateTime after = mornings.slotsOn(LocalDate.of(2026, 3, 29)).getFirst().start();
        assertThat(before.toLocalTime()).isEqualTo(after.toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        // ...while the instants are one week minus the lost hour apart: it is wall-clock time that stays.
        long hours = java.time.Duration.between(ZonedDateTime.of(before, berlin), ZonedDateTime.of(after, berlin)).toHours();
        assertThat(hours).isEqualTo(7 * 24 - 1);
        LocalDateTime octBefore = mornings.slotsOn(LocalDate.of(2026, 10, 18)).getFirst().start();
        LocalDateTime octAfter = mornings.slotsOn(LocalDate.of(2026, 10, 25)).getFirst().start();
        assertThat(java.time.Duration.between(ZonedDateTime.of(octBefore, berlin), ZonedDateTime.of(octAfter, berlin))
                .toHours()).isEqualTo(7 * 24 + 1);
    }
}
