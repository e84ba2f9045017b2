package de.lokalwillkommen.waitlist;

import de.lokalwillkommen.base.jobs.PersonalDataRetention;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * Entries are erased the day after their last useful date (for an existing booking: its day), every night through
 * the retention job; leaving, getting a time, a cancelled booking and staff erase them at once. What stays is the
 * anonymous {@code waitlist_demand} row (office, topic, language, when joined, when served) for the figures.
 */
@Component
class WaitlistRetention implements PersonalDataRetention {

    private final WaitlistStore store;
    private final WaitlistService waitlist;

    WaitlistRetention(WaitlistStore store, WaitlistService waitlist) {
        this.store = store;
        this.waitlist = waitlist;
    }

    @Override
    public String name() {
        return "waitlist entries";
    }

    @Override
    public int apply(LocalDateTime now) {
        var expired = store.expired(now.toLocalDate());
        expired.forEach(waitlist::erase);
        return expired.size();
    }
}
