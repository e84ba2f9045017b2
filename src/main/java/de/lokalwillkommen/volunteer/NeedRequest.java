package de.lokalwillkommen.volunteer;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A need that came up in a consultation, e.g. "family in Brackel needs an Arabic-speaking school mentor,
 * Tuesday afternoons". No names, no health or residence details: the description is short and shown to
 * every staff member of the office and, once matched, told to the volunteer.
 *
 * @param languages the languages the help can be given in, any of them will do; empty: any language
 * @param times when the help is wanted; empty: at any time
 * @param involvesMinors the help is given to children or young people (always so for homework help and childcare)
 */
public record NeedRequest(long officeId, @Nullable Long districtId, HelpType helpType, List<String> languages,
        Set<TimeSlot> times, boolean involvesMinors, String description) {

    public NeedRequest {
        languages = List.copyOf(languages);
        times = Set.copyOf(times);
    }
}
