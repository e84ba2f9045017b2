package de.lokalwillkommen.booking;

/** What staff log for a walk-in contact: a few taps, no name. */
public record WalkInRecord(long officeId, Topic topic, String language, int persons, boolean interpreter) {
}
