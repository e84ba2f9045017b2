package de.lokalwillkommen.base.push;

/** What a push subscription is for; the owner id is that record's id. Only BOOKING is wired so far. */
public enum OwnerKind {
    BOOKING,
    MESSAGE,
    WAITLIST,
    VOLUNTEER_OFFER
}
