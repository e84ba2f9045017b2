package de.lokalwillkommen.waitlist;

import de.lokalwillkommen.booking.Topic;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Joining the waitlist. With {@code bookingToken} (the personal link of an existing booking) the entry waits for
 * an earlier time than that booking, and its office, topic, language, persons and last date come from the booking.
 *
 * @param clientKey who is asking (the client address), for the same abuse limits as booking; not stored
 */
public record WaitlistRequest(long officeId, Topic topic, String language, boolean interpreter, int persons,
        LocalDate lastDate, @Nullable String email, @Nullable String bookingToken, @Nullable String clientKey) {
}
