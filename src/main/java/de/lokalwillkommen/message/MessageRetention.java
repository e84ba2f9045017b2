package de.lokalwillkommen.message;

import de.lokalwillkommen.base.MunicipalityProperties;
import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the promise of the message form: the text, the contact details and the team's notes of a message
 * are erased a set number of days after it was closed (90 by default), every night. Category, language,
 * office and dates stay for the figures.
 */
@Component
class MessageRetention {

    private static final Logger log = LoggerFactory.getLogger(MessageRetention.class);

    private final MessageRepository messages;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final int retentionDays;

    MessageRetention(MessageRepository messages, MunicipalityProperties municipality, Clock clock,
            @Value("${lw.retention.message-days:90}") int retentionDays) {
        this.messages = messages;
        this.municipality = municipality;
        this.clock = clock;
        this.retentionDays = retentionDays;
    }

    @Scheduled(cron = "${lw.retention.message-cron:0 40 3 * * *}", zone = "${lw.municipality.zone:Europe/Berlin}")
    @Transactional
    public int anonymiseClosedMessages() {
        LocalDateTime now = municipality.now(clock);
        int erased = messages.anonymiseClosedBefore(now.minusDays(retentionDays), now);
        messages.eraseNotesOfAnonymised();
        if (erased > 0) {
            log.info("Erased the personal data of {} messages closed more than {} days ago.", erased, retentionDays);
        }
        return erased;
    }
}
