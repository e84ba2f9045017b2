package de.lokalwillkommen.waitlist;

import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.booking.FreeSlot;
import java.util.List;

/** The offered place was just taken (the hold ran out, or the session was cancelled); carries the next free times. */
public class OfferGoneException extends UserFacingException {

    private final transient List<FreeSlot> alternatives;

    public OfferGoneException(List<FreeSlot> alternatives) {
        super("waitlist.error.justTaken");
        this.alternatives = List.copyOf(alternatives);
    }

    public List<FreeSlot> alternatives() {
        return alternatives;
    }
}
