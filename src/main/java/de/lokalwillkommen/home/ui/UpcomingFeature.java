package de.lokalwillkommen.home.ui;

import java.util.Arrays;
import java.util.Optional;

/** Entries of the start page whose feature is still being built; each has a page saying what will be there. */
enum UpcomingFeature {
    GUIDANCE("guidance");

    private final String slug;

    UpcomingFeature(String slug) {
        this.slug = slug;
    }

    String slug() {
        return slug;
    }

    static Optional<UpcomingFeature> bySlug(String slug) {
        return Arrays.stream(values()).filter(f -> f.slug.equals(slug)).findFirst();
    }
}
