package de.lokalwillkommen.office;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's public face, for the partner directory and the open data. Staff-only fields
 * (contact person, notes) are not part of it: they live in {@link OrganisationForm} for the editor only.
 */
public record OrganisationSummary(long id, String name, OrganisationKind kind, @Nullable String website,
        @Nullable String phone, @Nullable String email, @Nullable String address, List<String> districts,
        List<String> languages) {
}
