package de.lokalwillkommen.finder;

import de.lokalwillkommen.office.DistrictRef;
import de.lokalwillkommen.office.OfficeSummary;
import java.util.List;

/** A district a person may live in, and the offices serving it (none while the network has no office there). */
public record Candidate(DistrictRef district, List<OfficeSummary> offices) {
}
