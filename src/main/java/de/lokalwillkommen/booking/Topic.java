package de.lokalwillkommen.booking;

/** What a consultation is about; the UI names each through "topic.<NAME>". */
public enum Topic {
    LANGUAGE_COURSE,
    SCHOOL_KITA,
    HOUSING,
    BENEFITS,
    HEALTH,
    WORK,
    RESIDENCE,
    LEISURE,
    OTHER
}
