package de.lokalwillkommen.booking;

import de.lokalwillkommen.base.UserFacingException;
import java.util.List;

/** The chosen time was just taken, is past, closed or cancelled; carries the next free times instead. */
public class SlotTakenException extends UserFacingException {

    private final transient List<FreeSlot> alternatives;

    public SlotTakenException(List<FreeSlot> alternatives) {
        super("booking.error.taken");
        this.alternatives = List.copyOf(alternatives);
    }

    public List<FreeSlot> alternatives() {
        return alternatives;
    }
}
