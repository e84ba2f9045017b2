package de.lokalwillkommen.base.jobs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal data is kept, in days ({@code lw.retention.*}; the README's privacy section explains each).
 * 0 means: keep (only sensible for the audit log, see the README).
 *
 * @param bookingDays   names, phone numbers, e-mail addresses and notes of a booking, after the appointment
 * @param messageDays   a message's sender and text, after the conversation's last activity (messages feature)
 * @param messageOpenDays a message never closed (new, in progress, waiting), after its last activity (received or
 *                      last note): whatever its status, it is erased then too
 * @param volunteerDays a volunteer's contact data, after the last activity (volunteering feature)
 * @param mailLogDays   the record of which mail was sent about which booking (no address, no text)
 * @param auditDays     the audit log (who opened or changed which record)
 * @param cron          when the nightly job runs, in the municipality's zone
 */
@ConfigurationProperties("lw.retention")
public record RetentionProperties(
        @DefaultValue("90") int bookingDays,
        @DefaultValue("90") int messageDays,
        @DefaultValue("365") int volunteerDays,
        @DefaultValue("90") int mailLogDays,
        @DefaultValue("730") int auditDays,
        @DefaultValue("0 30 3 * * *") String cron,
        @DefaultValue("180") int messageOpenDays) {
}
