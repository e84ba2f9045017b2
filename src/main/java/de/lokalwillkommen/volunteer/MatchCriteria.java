package de.lokalwillkommen.volunteer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the ranking compares volunteers against: a recorded need, or a booking that asked for an interpreter.
 *
 * @param districtId the district where the help is needed, if known
 * @param officeDistricts all districts of the office the need belongs to
 * @param languages any of these will do; empty: language does not matter
 * @param times when help is wanted; empty: time does not matter
 * @param startsOn from when help is wanted
 */
record MatchCriteria(HelpType helpType, @Nullable Long districtId, Set<Long> officeDistricts, List<String> languages,
        Set<TimeSlot> times, boolean involvesMinors, LocalDate startsOn) {
}
