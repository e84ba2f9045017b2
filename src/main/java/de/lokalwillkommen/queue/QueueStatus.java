package de.lokalwillkommen.queue;

/** Where a number stands. SKIPPED: called but not there; staff may put it back when the person returns. */
public enum QueueStatus {
    WAITING,
    CALLED,
    SERVED,
    SKIPPED,
    LEFT;

    /** Still holds the device's one number for the session. */
    boolean active() {
        return this == WAITING || this == CALLED || this == SKIPPED;
    }
}
