package de.lokalwillkommen.volunteer;

/** Whether someone can help regularly or once (a move, an event). */
public enum Rhythm {
    REGULAR,
    ONE_OFF
}
