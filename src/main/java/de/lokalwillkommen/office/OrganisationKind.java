package de.lokalwillkommen.office;

/** What kind of partner an organisation is; the UI names each kind through "organisation.kind.<NAME>". */
public enum OrganisationKind {
    CITY,
    WELFARE_ASSOCIATION,
    CHURCH_OR_MOSQUE,
    SPORTS_CLUB,
    INITIATIVE,
    PUBLIC_SERVICE
}
