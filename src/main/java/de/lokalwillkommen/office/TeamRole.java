package de.lokalwillkommen.office;

/** Every office is a tandem: a social worker employed by the city and one from a welfare association. */
public enum TeamRole {
    CITY_SOCIAL_WORKER,
    ASSOCIATION_SOCIAL_WORKER
}
