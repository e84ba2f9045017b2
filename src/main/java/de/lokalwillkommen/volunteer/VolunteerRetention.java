package de.lokalwillkommen.volunteer;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.jobs.PersonalDataRetention;
import de.lokalwillkommen.base.jobs.RetentionProperties;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the promise of the consent text: the personal data of an offer that is not active (ended, paused, or
 * never taken further than "new" or "in conversation") is erased {@code lw.retention.volunteer-days} after its
 * last activity (365 by default), every night through the {@link de.lokalwillkommen.base.jobs.RetentionJob} (on
 * one server). An active volunteer is an ongoing engagement: staff end it first. Withdrawn offers are erased at
 * once by the withdrawal itself; the withdrawn link's tombstone (token hash and day, see {@link VolunteerWithdrawal})
 * goes after the same number of days. What remains (help types, districts, dates, status) counts in the figures.
 */
@Component
class VolunteerRetention implements PersonalDataRetention {

    private final VolunteerOfferRepository offers;
    private final VolunteerWithdrawalRepository withdrawals;
    private final ApplicationEventPublisher events;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final int retentionDays;

    VolunteerRetention(VolunteerOfferRepository offers, VolunteerWithdrawalRepository withdrawals,
            ApplicationEventPublisher events, MunicipalityProperties municipality, Clock clock,
            RetentionProperties retention) {
        this.offers = offers;
        this.withdrawals = withdrawals;
        this.events = events;
        this.municipality = municipality;
        this.clock = clock;
        this.retentionDays = retention.volunteerDays();
    }

    @Override
    public String name() {
        return "volunteer offers";
    }

    @Override
    public int apply(LocalDateTime now) {
        if (retentionDays <= 0) {
            return 0;
        }
        List<VolunteerOffer> due = offers.findInactiveBefore(now.minusDays(retentionDays));
        due.forEach(offer -> offer.erasePersonalData(now));
        if (!due.isEmpty()) {
            events.publishEvent(new VolunteerEvents.VolunteerDataErased(due.size()));
        }
        // A withdrawn link says so for as long as other ended offers keep their data, then it is forgotten too.
        int tombstones = withdrawals.deleteWithdrawnBefore(now.toLocalDate().minusDays(retentionDays));
        return due.size() + tombstones;
    }

    /** The same as the nightly run, now. */
    @Transactional
    public int eraseEndedOffers() {
        return apply(municipality.now(clock));
    }
}
