package de.lokalwillkommen.office;

public record OfficeRef(long id, String name) {
}
