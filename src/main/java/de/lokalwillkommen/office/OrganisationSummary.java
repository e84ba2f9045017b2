package de.lokalwillkommen.office;

import org.jspecify.annotations.Nullable;

public record OrganisationSummary(long id, String name, OrganisationKind kind, @Nullable String website,
        @Nullable String phone, @Nullable String email) {
}
