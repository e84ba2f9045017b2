package de.lokalwillkommen.volunteer;

import de.lokalwillkommen.base.MunicipalityProperties;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the promise of the consent text: the personal data of an ended offer is erased a set number of
 * days after its last activity (365 by default), every night. Withdrawn offers are erased at once by the
 * withdrawal itself. What remains (help types, districts, dates, status) counts in the figures.
 */
@Component
class VolunteerRetention {

    private static final Logger log = LoggerFactory.getLogger(VolunteerRetention.class);

    private final VolunteerOfferRepository offers;
    private final ApplicationEventPublisher events;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final int retentionDays;

    VolunteerRetention(VolunteerOfferRepository offers, ApplicationEventPublisher events,
            MunicipalityProperties municipality, Clock clock,
            @Value("${lw.retention.volunteer-days:365}") int retentionDays) {
        this.offers = offers;
        this.events = events;
        this.municipality = municipality;
        this.clock = clock;
        this.retentionDays = retentionDays;
    }

    @Scheduled(cron = "${lw.retention.volunteer-cron:0 40 3 * * *}", zone = "${lw.municipality.zone:Europe/Berlin}")
    @Transactional
    public int eraseEndedOffers() {
        LocalDateTime now = municipality.now(clock);
        List<VolunteerOffer> due = offers.findEndedBefore(now.minusDays(retentionDays));
        due.forEach(offer -> offer.erasePersonalData(now));
        if (!due.isEmpty()) {
            log.info("Erased the personal data of {} volunteer offers ended more than {} days ago.", due.size(),
                    retentionDays);
            events.publishEvent(new VolunteerEvents.VolunteerDataErased(due.size()));
        }
        return due.size();
    }
}
