package de.lokalwillkommen.volunteer;

import de.lokalwillkommen.booking.BookingDetails;
import org.jspecify.annotations.Nullable;

/** A booking that asked for an interpreter, and the volunteer assigned to it, if any. */
public record InterpreterRequest(BookingDetails booking, @Nullable Long offerId, @Nullable String reference,
        @Nullable String volunteerName, @Nullable String volunteerPhone) {

    public boolean assigned() {
        return offerId != null;
    }
}
