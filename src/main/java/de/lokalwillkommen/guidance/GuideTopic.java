package de.lokalwillkommen.guidance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The ten life topics the guidance is grouped by, in the order a newcomer meets them. */
public enum GuideTopic {
    ARRIVING, LANGUAGE, SCHOOL, HOUSING, HEALTH, WORK, RESIDENCE, MONEY, LEISURE, EMERGENCIES;

    /** The topic's part of a URL, e.g. {@code guide/topic/housing}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Translation key of the topic's name; {@code .hint} appended gives its one-line description. */
    public String labelKey() {
        return "guide.topic." + slug();
    }

    public static Optional<GuideTopic> bySlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug().equals(slug)).findFirst();
    }
}
