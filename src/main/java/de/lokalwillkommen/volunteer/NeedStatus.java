package de.lokalwillkommen.volunteer;

/** A need is open until a volunteer is matched to it; staff close it when it no longer exists. */
public enum NeedStatus {
    OPEN,
    MATCHED,
    CLOSED
}
