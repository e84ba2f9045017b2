package de.lokalwillkommen.event;

/** What kind of event; the UI names each through "event.type.<NAME>". */
public enum EventType {
    LANGUAGE_CAFE,
    BIKE_WORKSHOP,
    ROUND_TABLE,
    INFORMATION_EVENING,
    OTHER
}
