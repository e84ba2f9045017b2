package de.lokalwillkommen.office;

public record OrganisationRef(long id, String name) {
}
