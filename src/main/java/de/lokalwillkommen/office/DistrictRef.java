package de.lokalwillkommen.office;

public record DistrictRef(long id, String name) {
}
