package de.lokalwillkommen.base.push;

/** What a push subscription is for; the owner id is that record's id. BOOKING, WAITLIST and MESSAGE are wired. */
public enum OwnerKind {
    BOOKING,
    MESSAGE,
    WAITLIST,
    VOLUNTEER_OFFER,
    /** A walk-in queue number (issue 19): "your turn"; erased with the day's numbers. */
    QUEUE_TICKET
}
