package de.lokalwillkommen.volunteer;

public enum MatchStatus {
    ACTIVE,
    ENDED
}
