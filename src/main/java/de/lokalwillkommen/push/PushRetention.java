package de.lokalwillkommen.push;

import de.lokalwillkommen.base.jobs.PersonalDataRetention;
import de.lokalwillkommen.base.jobs.RetentionProperties;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Forgets push subscriptions together with the booking's personal data ({@code lw.retention.booking-days} after
 * the appointment, the same cut-off as {@code BookingRetention}); their queued and sent notices go with them
 * (the foreign key cascades). Notices of other subscriptions are removed after {@code lw.retention.mail-log-days},
 * like the mail log. Subscriptions of a waitlist entry or a conversation go once that record is erased. What stays is {@code push_reminded}: a booking id and a time, for the no-show figures.
 */
@Component
class PushRetention implements PersonalDataRetention {

    private final JdbcTemplate jdbc;
    private final RetentionProperties retention;

    PushRetention(JdbcTemplate jdbc, RetentionProperties retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    @Override
    public String name() {
        return "push subscriptions";
    }

    @Override
    public int apply(LocalDateTime now) {
        int changed = 0;
        if (retention.bookingDays() > 0) {
            changed += jdbc.update("""
                    delete from push_subscription where owner_kind = 'BOOKING' and owner_id in (
                      select b.id from booking b join slot s on s.id = b.slot_id where s.start_local < ?)""",
                    now.minusDays(retention.bookingDays()));
        }
        // A waitlist entry or a conversation may be erased on many paths (left, served, deleted, expired, retention):
        // their subscriptions go at the next run once the record they were for is gone.
        changed += jdbc.update("""
                delete from push_subscription where owner_kind = 'WAITLIST'
                  and not exists (select 1 from waitlist_entry w where w.id = push_subscription.owner_id)""");
        changed += jdbc.update("""
                delete from push_subscription where owner_kind = 'MESSAGE' and not exists (
                  select 1 from message m where m.id = push_subscription.owner_id and m.link_token is not null)""");
        if (retention.mailLogDays() > 0) {
            changed += jdbc.update("delete from push_notice where status <> 'QUEUED' and created_at < ?",
                    now.minusDays(retention.mailLogDays()));
        }
        return changed;
    }
}
