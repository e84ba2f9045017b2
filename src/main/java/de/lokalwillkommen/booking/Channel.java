package de.lokalwillkommen.booking;

/** Who made a booking: the newcomer online, or staff on behalf of someone who called or came in. */
public enum Channel {
    SELF,
    STAFF
}
