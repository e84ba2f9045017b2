package de.lokalwillkommen.booking;

import java.time.LocalDateTime;

/** A booked time as the walk-in queue needs it to place someone who checks in: nothing that names the person. */
public record Appointment(long bookingId, LocalDateTime start, String language, boolean interpreter, Topic topic) {
}
