package de.lokalwillkommen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
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

    @Test
    void aNewcomerBooksInArabicKeepsThePersonalLinkAndCancelsRightToLeftThroughout() {
        page.navigate(url("/book"));
        page.waitForSelector(".lw-book-form select");
        assertRightToLeft("the booking flow");
        assertThat(page.textContent("h1")).isEqualTo("حجز موعد");
        assertNoAccessibilityViolations(page, "step 1");

        chooseInBookingForm(page, 0, "Brackel");
        chooseInBookingForm(page, 1, "السكن");
        page.click("vaadin-button:has-text('التالي')");
        page.waitForSelector(".lw-time-button");
        page.waitForFunction("() => document.activeElement?.classList.contains('lw-book-step-title')");
        assertThat(page.evaluate("() => document.activeElement.textContent")).as("the keyboard stays at the new step")
                .isEqualTo("الخطوة 2 من 3: اختيار الوقت");
        assertThat(page.url()).as("the chosen office is in the address").endsWith("/book?office=brackel-aplerbeck");
        assertTimesRunRightToLeft(page, 390);
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
        page.waitForSelector("vaadin-button:has-text('نعم، ألغِه')");
        assertEveryTabStopShowsItsFocus(4);
        page.click("vaadin-button:has-text('نعم، ألغِه')");
        page.waitForSelector("h1:has-text('هذا الموعد ملغى')");
        assertRightToLeft("the cancelled booking");

        page.reload();
        page.waitForSelector("h1");
        assertThat(page.textContent("h1")).as("still cancelled after a reload").isEqualTo("هذا الموعد ملغى");
        assertRightToLeft("the cancelled booking after a reload");
    }

    /** Tabs through the open dialog: wherever the keyboard lands, an outline or a ring shows it. */
    private void assertEveryTabStopShowsItsFocus(int stops) {
        java.util.List<Object> seen = new java.util.ArrayList<>();
        for (int i = 0; i < stops; i++) {
            page.keyboard().press("Tab");
            page.waitForTimeout(150);
            seen.add(page.evaluate("""
                    () => {
                      const ring = e => { const s = getComputedStyle(e);
                        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; };
                      const overlayOf = root => { if (!root) return null;
                        const part = root.querySelector('[part~="overlay"]'); if (part) return part;
                        for (const e of root.querySelectorAll('*')) { const found = e.shadowRoot && overlayOf(e.shadowRoot);
                          if (found) return found; }
                        return null; };
                      let el = document.activeElement;
                      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
                      if (!el || el === document.body) return 'body';
                      const display = getComputedStyle(el).display;
                      const rect = el.getBoundingClientRect();
                      let shown = display !== 'contents' && rect.width > 0 && rect.height > 0 && ring(el);
                      // A dialog's host draws nothing itself: its box is the overlay part inside.
                      const box = el.shadowRoot ? overlayOf(el.shadowRoot) : null;
                      // (its shadow is always there: only an outline tells that it has the focus)
                      const outline = e => { const s = getComputedStyle(e);
                        return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0; };
                      if (!shown && box) shown = outline(box);
                      return (shown ? 'visible ' : 'INVISIBLE ') + el.tagName.toLowerCase() + ' display=' + display
                          + ' size=' + Math.round(rect.width) + 'x' + Math.round(rect.height)
                          + (box ? ' overlay-part' : '');
                    }"""));
        }
        System.out.println("Tab stops in the cancel dialog: " + seen);
        assertThat(seen).as("Tab stops in the cancel dialog").allSatisfy(stop ->
                assertThat((String) stop).startsWith("visible "));
    }

}
