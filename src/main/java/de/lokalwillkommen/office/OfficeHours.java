package de.lokalwillkommen.office;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One pattern of an office's consultation hours as the public sees it: weekly or every N weeks on a
 * weekday, or a single date; in the office itself or, for an outreach hour, at a partner venue.
 *
 * @param nextDates the next dates it takes place (holidays, closures and cancelled sessions left out)
 */
public record OfficeHours(@Nullable DayOfWeek weekday, int everyWeeks, @Nullable LocalDate onDate, LocalTime start,
        LocalTime end, @Nullable Long venueId, List<String> languages, List<LocalDate> nextDates) {

    /** Held at a partner venue rather than in the office. */
    public boolean outreach() {
        return venueId != null;
    }
}
