package de.lokalwillkommen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import com.microsoft.playwright.options.BoundingBox;
import de.lokalwillkommen.AppTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A newcomer on a phone (390 × 844) whose language is Arabic books a consultation, keeps the personal
 * link, opens it again and cancels: right to left on every page, laid out right to left, and without
 * accessibility violations (axe, WCAG 2.1 A/AA) on the way.
 */
@AppTest
class BookingJourneyTest extends BrowserJourney {

    @org.springframework.beans.factory.annotation.Autowired
    de.lokalwillkommen.base.PublicAddress publicAddress;

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void arabicSpeakingVisitorOnAPhone() {
        context = arabicPhone();
        page = context.newPage();
    }

    @AfterEach
    void closeVisitor() {
        context.close();
    }

    private void assertRightToLeft(String where) {
        assertThat(page.getAttribute("html", "dir")).as("dir on %s", where).isEqualTo("rtl");
        assertThat(page.getAttribute("html", "lang")).as("lang on %s", where).isEqualTo("ar");
    }

    private void choose(int select, String item) {
        page.locator(".lw-book-form select").nth(select).selectOption(new SelectOption().setLabel(item));
    }

    @Test
    void aNewcomerBooksInArabicKeepsThePersonalLinkAndCancelsRightToLeftThroughout() {
        page.navigate(url("/book"));
        page.waitForSelector(".lw-book-form select");
        assertRightToLeft("the booking flow");
        assertThat(page.textContent("h1")).isEqualTo("حجز موعد");
        assertNoAccessibilityViolations(page, "step 1");

        choose(0, "Brackel");
        choose(1, "السكن");
        page.click("vaadin-button:has-text('التالي')");
        page.waitForSelector(".lw-time-button");
        assertThat(page.url()).as("the chosen office is in the address").endsWith("/book?office=brackel-aplerbeck");
        assertTimesRunRightToLeft();
        assertNoAccessibilityViolations(page, "step 2");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/booking-times-ar.png"))
                .setFullPage(true));

        page.locator(".lw-time-button").first().click();
        page.locator(".lw-book-form vaadin-text-field").first().locator("input").fill("أحمد كريمي");
        page.locator(".lw-book-form vaadin-checkbox input").check();
        assertThat(page.evaluate("() => getComputedStyle(document.querySelector('.lw-ltr-value > input')).direction"))
                .as("a phone number is typed left to right, inside the right-to-left form").isEqualTo("ltr");
        assertNoAccessibilityViolations(page, "step 3");
        page.click("vaadin-button:has-text('احجز الموعد')");

        page.waitForSelector(".lw-code");
        assertRightToLeft("the confirmation");
        assertThat(page.textContent("h1")).isEqualTo("تم حجز موعدك");
        String code = page.textContent(".lw-code");
        assertThat(code).matches("[A-Z2-9]{6}");
        assertThat(context.cookies().stream().map(c -> c.name)).as("the device id for the booking limit")
                .contains("lw-device");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/booking-confirmed-ar.png"))
                .setFullPage(true));
        assertNoAccessibilityViolations(page, "the confirmation");
        String personalLink = page.getAttribute(".lw-personal-url", "href");
        // From lw.public-base-url, never from the Host header; here the app runs on another port than that address.
        assertThat(personalLink).startsWith(publicAddress.of("booking/"));

        page.navigate(url("/" + personalLink.substring(publicAddress.base().length())));
        page.waitForSelector(".lw-code");
        assertRightToLeft("the personal page");
        assertThat(page.textContent(".lw-code")).isEqualTo(code);
        page.click("vaadin-button:has-text('إلغاء الموعد')");
        page.click("vaadin-button:has-text('نعم، ألغِه')");
        page.waitForSelector("h1:has-text('هذا الموعد ملغى')");
        assertRightToLeft("the cancelled booking");

        page.reload();
        page.waitForSelector("h1");
        assertThat(page.textContent("h1")).as("still cancelled after a reload").isEqualTo("هذا الموعد ملغى");
        assertRightToLeft("the cancelled booking after a reload");
    }

    /** In Arabic the earlier time stands on the right: the grid follows the document's direction. */
    private void assertTimesRunRightToLeft() {
        Locator days = page.locator(".lw-times-buttons");
        for (int i = 0; i < days.count(); i++) {
            Locator times = days.nth(i).locator(".lw-time-button");
            if (times.count() >= 2) {
                BoundingBox first = times.nth(0).boundingBox();
                BoundingBox second = times.nth(1).boundingBox();
                assertThat(first.x).as("the first time is right of the second").isGreaterThan(second.x);
                assertThat(first.x + first.width).as("and inside the phone's width").isLessThanOrEqualTo(390);
                return;
            }
        }
        throw new AssertionError("no day with two free times to compare");
    }
}
