package de.lokalwillkommen.volunteer;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A recorded need as the office's staff see it. */
public record NeedDetails(long id, long officeId, @Nullable Long districtId, HelpType helpType, List<String> languages,
        Set<TimeSlot> times, boolean involvesMinors, String description, NeedStatus status, LocalDateTime createdAt) {
}
