package de.lokalwillkommen.waitlist;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends the holds that ran out and offers free places everywhere people wait, every minute, on one server at a time
 * (ShedLock). Even two overlapping runs cannot end a hold twice or make two offers at once: both are conditional
 * updates (see {@link WaitlistStore}).
 */
@Component
class WaitlistJob {

    private final WaitlistOffers offers;

    WaitlistJob(WaitlistOffers offers) {
        this.offers = offers;
    }

    @Scheduled(fixedDelayString = "${lw.waitlist.check-interval:PT1M}",
            initialDelayString = "${lw.waitlist.initial-delay:PT2M}")
    @SchedulerLock(name = "waitlist-holds", lockAtMostFor = "PT10M", lockAtLeastFor = "PT20S")
    public void run() {
        offers.endExpiredHolds();
        offers.offerEverywhere();
    }
}
