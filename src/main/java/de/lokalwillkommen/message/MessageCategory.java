package de.lokalwillkommen.message;

/** Who is writing; the UI names each through "message.category.<NAME>". */
public enum MessageCategory {
    NEWCOMER,
    NEIGHBOUR,
    LANDLORD,
    VOLUNTEER,
    PARTNER,
    OTHER
}
