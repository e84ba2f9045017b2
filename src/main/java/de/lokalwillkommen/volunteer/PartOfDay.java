package de.lokalwillkommen.volunteer;

import java.time.LocalTime;

/** Coarse times of day: volunteers and needs say "Tuesday afternoons", not "14:00–16:00". */
public enum PartOfDay {
    MORNING,
    AFTERNOON,
    EVENING;

    /** Morning until noon, afternoon until five, evening after. */
    public static PartOfDay of(LocalTime time) {
        if (time.isBefore(LocalTime.NOON)) {
            return MORNING;
        }
        return time.isBefore(LocalTime.of(17, 0)) ? AFTERNOON : EVENING;
    }
}
