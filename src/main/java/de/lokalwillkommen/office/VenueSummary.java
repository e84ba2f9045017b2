package de.lokalwillkommen.office;

import org.jspecify.annotations.Nullable;

/** A partner place where a team holds outreach hours. */
public record VenueSummary(long id, String name, @Nullable String address, @Nullable String office,
        @Nullable String organisation, @Nullable String accessibilityNotes) {
}
