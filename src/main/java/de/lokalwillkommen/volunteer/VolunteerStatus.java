package de.lokalwillkommen.volunteer;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an offer stands. Staff move it along new → in conversation → active ⇄ paused → ended; the
 * volunteer can withdraw it at any time, which erases their personal data at once.
 */
public enum VolunteerStatus {
    NEW,
    IN_CONVERSATION,
    ACTIVE,
    PAUSED,
    ENDED,
    WITHDRAWN;

    /** The statuses staff may move an offer to from this one. */
    public Set<VolunteerStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(IN_CONVERSATION, ENDED);
            case IN_CONVERSATION -> EnumSet.of(ACTIVE, ENDED);
            case ACTIVE -> EnumSet.of(PAUSED, ENDED);
            case PAUSED -> EnumSet.of(ACTIVE, ENDED);
            case ENDED, WITHDRAWN -> EnumSet.noneOf(VolunteerStatus.class);
        };
    }

    public boolean mayBecome(VolunteerStatus target) {
        return next().contains(target);
    }

    /** Still part of the pool (not ended, not withdrawn). */
    public boolean isOpen() {
        return this != ENDED && this != WITHDRAWN;
    }
}
