package de.lokalwillkommen.office;

import org.jspecify.annotations.Nullable;

public record TeamMemberView(TeamRole role, @Nullable String organisation, @Nullable String name) {
}
