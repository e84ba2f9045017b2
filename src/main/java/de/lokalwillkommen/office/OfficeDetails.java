package de.lokalwillkommen.office;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything the public office page shows. */
public record OfficeDetails(long id, String slug, String name, List<String> districts, @Nullable String street,
        @Nullable String postcode, String city, @Nullable String phone, @Nullable String email,
        @Nullable String accessibilityNotes, List<String> languages, List<TeamMemberView> team,
        List<VenueSummary> venues) {

    /** Street, postcode and city as one line, or null while the address is not known. */
    public @Nullable String address() {
        return street == null ? null : street + ", " + (postcode == null ? "" : postcode + " ") + city;
    }
}
