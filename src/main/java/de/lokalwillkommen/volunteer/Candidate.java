package de.lokalwillkommen.volunteer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A volunteer suggested for a need, with the score and the reasons behind it.
 *
 * @param matchable false when a rule forbids the match (help for children without a certificate seen)
 */
public record Candidate(long offerId, String reference, @Nullable String name, int score, List<Reason> reasons,
        boolean matchable) {

    public Candidate {
        reasons = List.copyOf(reasons);
    }
}
