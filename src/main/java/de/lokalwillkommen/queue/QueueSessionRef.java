package de.lokalwillkommen.queue;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A session's queue as views and links name it: the short code is what the poster's QR code and link carry. */
public record QueueSessionRef(long id, long officeId, @Nullable Long venueId, LocalDate day, String code) {

    /** The short path people type: {@code q/<code>}. */
    public String path() {
        return "q/" + code;
    }
}
