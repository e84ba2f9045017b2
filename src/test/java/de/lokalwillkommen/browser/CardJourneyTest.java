package de.lokalwillkommen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.vaadin.flow.i18n.I18NProvider;
import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.push.BrowserSubscription;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.SlotTakenException;
import de.lokalwillkommen.booking.Topic;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.push.TestBrowser;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The appointment card offline (docs/decisions/0028), in Arabic on a 360 px phone: booked, "remind me on this
 * phone" turned on (issue 15; a stand-in push subscription, headless Chromium has none), kept by the phone,
 * readable with no connection and listed on the offline page, and gone once the booking is cancelled.
 */
@AppTest
class CardJourneyTest extends BrowserJourney {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final int PHONE_WIDTH = 360;

    /** Whether the worker's card cache holds the given address. */
    private static final String CARD_KEPT = "url => caches.open('lw-card-v1').then(c => c.match(url)).then(r => !!r)";

    @Autowired
    I18NProvider texts;

    @Autowired
    BookingService bookings;

    @Autowired
    OfficeService offices;

    @Autowired
    JdbcTemplate jdbc;

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void arabicSpeakingVisitorOnASmallPhone() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("ar").setViewportSize(PHONE_WIDTH, 740)
                .setIsMobile(true).setHasTouch(true));
        context.addCookies(List.of(new Cookie("lw-lang", "ar").setUrl(url("/"))));
        context.setDefaultTimeout(60_000);
        page = context.newPage();
    }

    @AfterEach
    void closeVisitor() {
        context.close();
    }

    @Test
    void aBookedAppointmentsCardIsReadableOfflineRightToLeftAndGoneOnceCancelled() {
        String endpoint = "http://localhost:9/push/" + UUID.randomUUID();
        page.addInitScript(standInPushService(new TestBrowser().subscription(endpoint)));
        page.navigate(url("/book"));
        page.waitForSelector(".lw-book-form select");
        chooseInBookingForm(page, 0, "Brackel");
        chooseInBookingForm(page, 1, "السكن");
        page.click("vaadin-button:has-text('التالي')");
        page.locator(".lw-time-button").first().click();
        page.locator(".lw-book-form vaadin-text-field").first().locator("input").fill("أحمد كريمي");
        page.locator(".lw-book-form vaadin-checkbox input").check();
        page.click("vaadin-button:has-text('احجز الموعد')");

        page.waitForSelector(".lw-code");
        String code = page.textContent(".lw-code");
        String confirmation = page.url();
        assertThat(page.textContent(".lw-card-link a")).isEqualTo(texts.getTranslation("card.link", ARABIC));
        String card = url("/" + page.getAttribute(".lw-card-link a", "href"));
        assertThat(card).endsWith("/card");
        waitForTheServiceWorker();
        assertThat(waitUntilKept(card, true)).as("the confirmation keeps the card on the phone").isTrue();

        // "Remind me on this phone" (issue 15): the visitor allows notifications and taps; the server keeps the
        // browser's subscription for this booking and the page says so in Arabic.
        context.grantPermissions(List.of("notifications"));
        page.waitForSelector(".lw-push-on:not([hidden])");
        page.click(".lw-push-on");
        page.waitForFunction("t => { const s = document.querySelector('.lw-push .lw-push-status');"
                + " return !!s && s.textContent === t; }", texts.getTranslation("push.optin.subscribed", ARABIC),
                new Page.WaitForFunctionOptions().setTimeout(20_000));
        assertThat(jdbc.queryForObject("select count(*) from push_subscription s join booking b on b.id = s.owner_id"
                + " where s.owner_kind = 'BOOKING' and b.code = ? and s.endpoint = ?", Integer.class, code, endpoint))
                .isOne();

        context.setOffline(true);
        page.navigate(card);
        page.waitForSelector(".code");
        assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
        assertThat(page.getAttribute("html", "lang")).isEqualTo("ar");
        assertThat(page.textContent(".code")).isEqualTo(code);
        assertThat(page.isVisible(".code")).isTrue();
        assertThat(page.isVisible(".time")).isTrue();
        assertThat(page.textContent(".time")).matches(".*\\d.*");
        assertThat(page.textContent(".place")).isEqualTo("Brackel/Aplerbeck");
        assertThat(page.locator("a[href^='tel:']").count()).as("the office's phone").isEqualTo(1);
        assertThat(page.evaluate("() => document.documentElement.scrollWidth")).as("no sideways scrolling")
                .isEqualTo(PHONE_WIDTH);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/card-offline-ar.png"))
                .setFullPage(true));

        page.navigate(url("/"));
        page.waitForSelector("#card-list a");
        assertThat(page.textContent("#cards-title")).isEqualTo(texts.getTranslation("card.offline.saved", ARABIC));
        assertThat(page.getAttribute("#card-list a", "href")).as("the offline page finds the door").isEqualTo(card);
        assertThat(page.textContent("#card-list a")).contains("Brackel/Aplerbeck");

        context.setOffline(false);
        page.navigate(confirmation);
        page.click("vaadin-button:has-text('إلغاء الموعد')");
        page.click("vaadin-button:has-text('نعم، ألغِه')");
        page.waitForSelector("h1:has-text('هذا الموعد ملغى')");
        assertThat(waitUntilKept(card, false)).as("cancelling deletes the card at once").isFalse();

        context.setOffline(true);
        page.navigate(card);
        page.waitForSelector("#title");
        assertThat(page.textContent("#title")).as("offline, only the offline page is left")
                .isEqualTo(texts.getTranslation("offline.title", ARABIC));
        assertThat(page.locator(".code").count()).isZero();
        assertThat(page.isHidden("#cards")).isTrue();
    }

    @Test
    void aCardTheOfficeCancelledIsDeletedByTheWorkerAtItsNextFetch() {
        BookingDetails booking = aBookingInArabic();
        String card = url("/booking/" + booking.manageToken() + "/card");
        page.navigate(url("/booking/" + booking.manageToken()));
        page.waitForSelector(".lw-card-link a");
        waitForTheServiceWorker();
        assertThat(waitUntilKept(card, true)).isTrue();

        bookings.cancelByToken(booking.manageToken());
        page.navigate(card);
        page.waitForSelector("h1");
        assertThat(page.textContent("h1")).isEqualTo(texts.getTranslation("card.gone.title", ARABIC));
        assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
        assertThat(waitUntilKept(card, false)).as("410: the worker deletes its copy").isFalse();
    }

    private BookingDetails aBookingInArabic() {
        long office = offices.findBySlug("mengede-huckarde").orElseThrow().id();
        for (FreeSlot slot : bookings.freeSlots(office, 20)) {
            try {
                return bookings.book(new BookingRequest(slot.slotId(), Topic.RESIDENCE, "ar", false, 1, "Samira", null,
                        null, true, null, UUID.randomUUID().toString(), UUID.randomUUID().toString(), null));
            } catch (SlotTakenException full) {
                // taken by another test meanwhile
            }
        }
        throw new IllegalStateException("no free time");
    }

    private void waitForTheServiceWorker() {
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
    }

    /** Polls the card cache until it holds (or no longer holds) the card; returns what it last saw. */
    private boolean waitUntilKept(String card, boolean wanted) {
        boolean kept = !wanted;
        for (int i = 0; i < 100 && kept != wanted; i++) {
            kept = Boolean.TRUE.equals(page.evaluate(CARD_KEPT, card));
            if (kept != wanted) {
                page.waitForTimeout(100);
            }
        }
        return kept;
    }

    /**
     * Headless Chromium has no push service: the page's PushManager hands out a stand-in subscription with real
     * P-256 keys (as a phone's browser would after subscribing), so everything from the tap to the server is real.
     */
    private static String standInPushService(BrowserSubscription subscription) {
        return """
                (() => {
                  if (!window.PushManager) return;
                  let subscribed = false;
                  const sub = { endpoint: '%s', toJSON: () => ({ endpoint: '%s', keys: { p256dh: '%s', auth: '%s' } }) };
                  PushManager.prototype.subscribe = function () { subscribed = true; return Promise.resolve(sub); };
                  PushManager.prototype.getSubscription = function () { return Promise.resolve(subscribed ? sub : null); };
                })();""".formatted(subscription.endpoint(), subscription.endpoint(), subscription.p256dh(),
                subscription.auth());
    }
}
