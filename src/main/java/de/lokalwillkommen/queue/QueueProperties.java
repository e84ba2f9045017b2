package de.lokalwillkommen.queue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lw.queue.*}: when a session's queue opens, what a service is assumed to take before the session has its own
 * figures, how a late check-in is placed, and the flood limit on numbers per client address.
 *
 * @param opensBefore how long before a session's first slot people can take a number
 * @param defaultService the assumed service time until {@link QueueEstimate#MIN_SAMPLES} people were served
 * @param checkInGrace someone who booked keeps the place of the appointment time if they check in no later than this
 * @param takesPerWindow numbers (and check-in attempts) per client address in {@code window}
 */
@ConfigurationProperties("lw.queue")
public record QueueProperties(@DefaultValue("PT30M") Duration opensBefore, @DefaultValue("PT12M") Duration defaultService,
        @DefaultValue("PT15M") Duration checkInGrace, @DefaultValue("6") int takesPerWindow,
        @DefaultValue("PT10M") Duration window) {
}
