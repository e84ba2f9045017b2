package de.lokalwillkommen.volunteer;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A confirmed match of a volunteer to a need, with the dates staff agreed. */
public record MatchDetails(long id, long needId, long offerId, String offerReference, @Nullable String volunteerName,
        LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable LocalDate followUpOn, MatchStatus status) {
}
