package de.lokalwillkommen.message;

/** Where a message stands in the team's work; the UI names each through "message.status.<NAME>". */
public enum MessageStatus {
    NEW,
    IN_PROGRESS,
    ANSWERED,
    CLOSED
}
