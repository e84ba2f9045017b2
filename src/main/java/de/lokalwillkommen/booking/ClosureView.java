package de.lokalwillkommen.booking;

import java.time.LocalDate;

public record ClosureView(long id, long officeId, LocalDate from, LocalDate to, String reason) {
}
