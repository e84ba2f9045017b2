package de.lokalwillkommen.office;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One upcoming consultation session of an office (in the office, or outreach at a venue), without bookings. */
public record PublicSession(LocalDateTime start, LocalDateTime end, @Nullable Long venueId, List<String> languages) {

    public boolean outreach() {
        return venueId != null;
    }
}
