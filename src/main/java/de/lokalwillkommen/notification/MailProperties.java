package de.lokalwillkommen.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The app's own mail settings ({@code lw.mail.*}); the server itself is Spring Mail's {@code spring.mail.*}.
 *
 * @param from             the sender, e.g. {@code lokal willkommen <termine@dortmund.de>}
 * @param reminderLead     how long before the appointment the reminder goes out
 * @param reminderInterval how often the reminder job looks for due reminders
 */
@ConfigurationProperties("lw.mail")
record MailProperties(
        @DefaultValue("lokal willkommen <noreply@localhost>") String from,
        @DefaultValue("PT24H") Duration reminderLead,
        @DefaultValue("PT10M") Duration reminderInterval) {
}
