package de.lokalwillkommen.booking;

public enum BookingStatus {
    BOOKED,
    ATTENDED,
    NO_SHOW,
    CANCELLED
}
