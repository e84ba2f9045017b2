package de.lokalwillkommen.message;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.jobs.PersonalDataRetention;
import de.lokalwillkommen.base.jobs.RetentionProperties;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the promise of the message form: the text, the contact details and the team's notes of a message
 * are erased {@code lw.retention.message-days} after it was closed (90 by default), every night through the
 * {@link de.lokalwillkommen.base.jobs.RetentionJob} (on one server). Category, language, office and dates
 * stay for the figures.
 */
@Component
class MessageRetention implements PersonalDataRetention {

    private final MessageRepository messages;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final int retentionDays;

    MessageRetention(MessageRepository messages, MunicipalityProperties municipality, Clock clock,
            RetentionProperties retention) {
        this.messages = messages;
        this.municipality = municipality;
        this.clock = clock;
        this.retentionDays = retention.messageDays();
    }

    @Override
    public String name() {
        return "messages";
    }

    @Override
    public int apply(LocalDateTime now) {
        if (retentionDays <= 0) {
            return 0;
        }
        int erased = messages.anonymiseClosedBefore(now.minusDays(retentionDays), now);
        messages.eraseNotesOfAnonymised();
        return erased;
    }

    /** The same as the nightly run, now. */
    @Transactional
    public int anonymiseClosedMessages() {
        return apply(municipality.now(clock));
    }
}
