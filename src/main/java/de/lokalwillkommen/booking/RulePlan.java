package de.lokalwillkommen.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * When a schedule rule holds sessions, and how they divide into slots. Pure calculation on wall-clock
 * dates and times: a session at 10:00 is at 10:00 on the days summer time begins or ends too.
 *
 * @param weekday for a weekly rule; null for a one-off session
 * @param everyWeeks 1 = every week, 2 = every 14 days (counted from {@code validFrom}'s week)
 * @param onDate for a one-off session
 */
public record RulePlan(@Nullable DayOfWeek weekday, int everyWeeks, @Nullable LocalDate onDate, LocalDate validFrom,
        @Nullable LocalDate validUntil, LocalTime start, LocalTime end, int slotMinutes) {

    public record PlannedSlot(LocalDateTime start, LocalDateTime end) {
    }

    /** The dates in [from, to] on which this rule holds a session, before closures and holidays. */
    public List<LocalDate> sessionDates(LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate first = from.isBefore(validFrom) ? validFrom : from;
        LocalDate last = validUntil != null && validUntil.isBefore(to) ? validUntil : to;
        if (onDate != null) {
            if (!onDate.isBefore(first) && !onDate.isAfter(last)) {
                dates.add(onDate);
            }
            return dates;
        }
        if (weekday == null) {
            return dates;
        }
        // The anchor is the first matching weekday on or after validFrom; every N weeks counts from it.
        LocalDate anchor = validFrom.plusDays(Math.floorMod(weekday.getValue() - validFrom.getDayOfWeek().getValue(), 7));
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == weekday && !day.isBefore(anchor)
                    && ChronoUnit.WEEKS.between(anchor, day) % everyWeeks == 0) {
                dates.add(day);
            }
        }
        return dates;
    }

    /** The slots of one session: consecutive blocks of {@code slotMinutes} that fit before the end. */
    public List<PlannedSlot> slotsOn(LocalDate date) {
        List<PlannedSlot> slots = new ArrayList<>();
        LocalDateTime cursor = date.atTime(start);
        LocalDateTime sessionEnd = date.atTime(end);
        while (!cursor.plusMinutes(slotMinutes).isAfter(sessionEnd)) {
            slots.add(new PlannedSlot(cursor, cursor.plusMinutes(slotMinutes)));
            cursor = cursor.plusMinutes(slotMinutes);
        }
        return slots;
    }

    /** Every slot in [from, to] on days that are not closed. */
    public List<PlannedSlot> slotsBetween(LocalDate from, LocalDate to, Predicate<LocalDate> closed) {
        return sessionDates(from, to).stream().filter(closed.negate()).flatMap(d -> slotsOn(d).stream()).toList();
    }
}
