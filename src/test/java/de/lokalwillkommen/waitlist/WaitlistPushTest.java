package de.lokalwillkommen.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.jobs.PersonalDataRetention;
import de.lokalwillkommen.base.push.OwnerKind;
import de.lokalwillkommen.base.push.PushSubscriptions;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.push.TestBrowser;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The waiting person's phone hears of a held place by Web Push (issue 15 items 3 and 5): in the entry's language,
 * with the link to the waitlist page, dropped when the hold ends, and the subscription goes once the entry does.
 */
@AppTest
class WaitlistPushTest {

    @Autowired
    WaitlistService waitlist;
    @Autowired
    BookingService bookings;
    @Autowired
    PushSubscriptions push;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    MunicipalityProperties municipality;
    @Autowired
    ApplicationContext beans;

    WaitlistFixture office;

    @BeforeEach
    void anOfficeOfItsOwn() {
        office = new WaitlistFixture(jdbc, bookings, waitlist, clock, municipality);
    }

    @Test
    void aHeldPlaceIsQueuedForTheSubscribedPhoneInTheEntrysLanguageWithTheWaitlistLinkAndNoPersonalData() {
        long slot = office.slot(office.inDays(3, 10), 1, "de,ar");
        BookingDetails amal = office.book(slot, "Amal");
        WaitlistEntry entry = office.join("ar", false, office.inDays(10, 0).toLocalDate(), "warte@example.org");
        push.subscribe(OwnerKind.WAITLIST, entry.id(), new TestBrowser().subscription(endpoint()), "ar");
        assertThat(notices(entry)).as("nothing is offered yet").isEmpty();

        bookings.cancelByToken(amal.manageToken());

        WaitlistEntry.Offer offer = office.reload(entry).openOffer();
        assertThat(offer).isNotNull();
        assertThat(notices(entry)).singleElement().satisfies(notice -> {
            assertThat(notice.get("language")).isEqualTo("ar");
            assertThat((String) notice.get("url")).endsWith("waitlist/" + entry.token());
            assertThat((String) notice.get("title")).isEqualTo("حُجز لك وقت أبكر");
            assertThat((String) notice.get("body")).contains("ليس لديك موعد بعد").doesNotContain("warte@", "Amal");
            // A notice that cannot go out before the hold ends is dropped rather than sent too late.
            assertThat(notice.get("expires_at").toString()).startsWith(offer.holdUntil().toLocalDate().toString());
        });
    }

    @Test
    void theSubscriptionOfAnEntryThatWasLeftGoesAtTheNextRetentionRun() {
        WaitlistEntry entry = office.join("fa", false, office.inDays(10, 0).toLocalDate(), null);
        WaitlistEntry stays = office.join("fa", false, office.inDays(10, 0).toLocalDate(), null);
        push.subscribe(OwnerKind.WAITLIST, entry.id(), new TestBrowser().subscription(endpoint()), "fa");
        push.subscribe(OwnerKind.WAITLIST, stays.id(), new TestBrowser().subscription(endpoint()), "fa");

        waitlist.leave(entry.token());
        beans.getBeansOfType(PersonalDataRetention.class).values().stream()
                .filter(r -> r.name().equals("push subscriptions")).findFirst().orElseThrow()
                .apply(office.now);

        assertThat(subscriptions(entry.id())).isZero();
        assertThat(subscriptions(stays.id())).isOne();
    }

    private static String endpoint() {
        return "http://localhost:9/push/" + UUID.randomUUID();
    }

    private java.util.List<Map<String, Object>> notices(WaitlistEntry entry) {
        return jdbc.queryForList("select n.* from push_notice n join push_subscription s on s.id = n.subscription_id"
                + " where s.owner_kind = 'WAITLIST' and s.owner_id = ?", entry.id());
    }

    private int subscriptions(long entryId) {
        return jdbc.queryForObject("select count(*) from push_subscription where owner_kind = 'WAITLIST'"
                + " and owner_id = ?", Integer.class, entryId);
    }
}
