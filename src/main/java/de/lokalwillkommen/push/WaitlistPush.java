package de.lokalwillkommen.push;

import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.i18n.LocalFormats;
import de.lokalwillkommen.base.push.OwnerKind;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.waitlist.WaitlistEntry;
import de.lokalwillkommen.waitlist.WaitlistEvents;
import de.lokalwillkommen.waitlist.WaitlistService;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a waiting person's subscribed browsers that an earlier time is held for them (issue 15 item 5), in the
 * entry's language, with the time, the office and how long the place is held, never a name; tapping opens the
 * waitlist page, where they confirm. The notice is dropped if it cannot go out before the hold ends: an offer
 * that has run out must not arrive as if it still stood.
 */
@Component
class WaitlistPush {

    private static final Logger log = LoggerFactory.getLogger(WaitlistPush.class);

    private final PushNotices notices;
    private final WaitlistService waitlist;
    private final OfficeService offices;
    private final Languages languages;

    WaitlistPush(PushNotices notices, WaitlistService waitlist, OfficeService offices, Languages languages) {
        this.notices = notices;
        this.waitlist = waitlist;
        this.offices = offices;
        this.languages = languages;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WaitlistEvents.OfferMade offer) {
        try {
            waitlist.forNotice(offer.entryId()).ifPresent(entry -> queue(entry, offer));
        } catch (RuntimeException e) {
            // Mail and the page still tell the person; a failed queueing must not undo the offer.
            log.warn("Could not queue a push notice for waitlist entry:{}: {}", offer.entryId(),
                    e.getClass().getSimpleName());
        }
    }

    private void queue(WaitlistEntry entry, WaitlistEvents.OfferMade offer) {
        LocalDates dates = notices.dates(entry.language());
        String when = entry.offers().stream().filter(o -> o.start().equals(offer.slotStart())).findFirst()
                .map(o -> dates.appointment(o.start(), o.end()))
                .orElseGet(() -> dates.moment(offer.slotStart()));
        String office = offices.findById(entry.officeId()).map(OfficeDetails::name).orElse("");
        NoticeText text = notices.text(entry.language(), "push.waitlist.offer.title", "push.waitlist.offer.body",
                "waitlist/" + entry.token(), "\u2068" + when + "\u2069", "\u2068" + office + "\u2069",
                "\u2068" + dates.time(offer.holdUntil()) + "\u2069");
        notices.queue(OwnerKind.WAITLIST, entry.id(), "offer:" + offer.slotStart() + "@" + offer.holdUntil(), text,
                offer.holdUntil());
    }
}
