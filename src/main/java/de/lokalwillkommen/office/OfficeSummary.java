package de.lokalwillkommen.office;

import java.util.List;
import org.jspecify.annotations.Nullable;

public record OfficeSummary(long id, String slug, String name, List<String> districts, @Nullable String address,
        @Nullable String phone) {
}
