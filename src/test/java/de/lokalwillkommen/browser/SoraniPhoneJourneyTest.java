package de.lokalwillkommen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import de.lokalwillkommen.AppTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Sorani-speaking newcomer on a small phone (360 px wide) whose browser asks for Sorani (ckb-IQ): the
 * start page and every booking step are Sorani, right to left, no wider than the phone, in Latin digits,
 * and without accessibility violations (axe, WCAG 2.1 A/AA).
 */
@AppTest
class SoraniPhoneJourneyTest extends BrowserJourney {

    private static final int PHONE_WIDTH = 360;

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void soraniSpeakingVisitorOnASmallPhone() {
        // No lw-lang cookie: the browser's language alone must bring Sorani.
        context = browser.newContext(new Browser.NewContextOptions().setLocale("ckb-IQ")
                .setExtraHTTPHeaders(java.util.Map.of("Accept-Language", "ckb-IQ,ckb;q=0.9"))
                .setViewportSize(PHONE_WIDTH, 780).setIsMobile(true).setHasTouch(true));
        context.setDefaultTimeout(60_000);
        page = context.newPage();
    }

    @AfterEach
    void closeVisitor() {
        context.close();
    }

    @Test
    void aNewcomerSeesTheStartPageAndBooksInSoraniRightToLeftAt360Pixels() {
        page.navigate(url("/"));
        page.waitForSelector("h1");
        assertSoraniRightToLeft("the start page");
        assertThat(page.textContent("h1")).isEqualTo("بەخێربێن بۆ گەڕەکەکەتان");
        assertNoAccessibilityViolations(page, "the start page");

        page.navigate(url("/book"));
        page.waitForSelector(".lw-book-form select");
        assertSoraniRightToLeft("step 1");
        assertThat(page.textContent("h1")).isEqualTo("ژوان وەربگرن");
        assertNoAccessibilityViolations(page, "step 1");

        chooseInBookingForm(page, 0, "Brackel");
        chooseInBookingForm(page, 1, "نیشتەجێبوون");
        page.click("vaadin-button:has-text('دواتر')");
        page.waitForSelector(".lw-time-button");
        page.waitForFunction("() => document.activeElement?.classList.contains('lw-book-step-title')");
        assertThat(page.evaluate("() => document.activeElement.textContent")).isEqualTo("هەنگاوی 2 لە 3: کات هەڵبژێرن");
        assertSoraniRightToLeft("step 2");
        assertTimesRunRightToLeft(page, PHONE_WIDTH);
        assertNoAccessibilityViolations(page, "step 2");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/booking-times-ckb.png"))
                .setFullPage(true));

        page.locator(".lw-time-button").first().click();
        page.locator(".lw-book-form vaadin-text-field").first().locator("input").fill("ئاراس");
        page.locator(".lw-book-form vaadin-checkbox input").check();
        assertSoraniRightToLeft("step 3");
        assertNoAccessibilityViolations(page, "step 3");
        page.click("vaadin-button:has-text('ژوان وەربگرن')");

        page.waitForSelector(".lw-code");
        assertSoraniRightToLeft("the confirmation");
        assertThat(page.textContent("h1")).isEqualTo("ژوانەکەتان گیرا");
        assertThat(page.textContent(".lw-code")).matches("[A-Z2-9]{6}");
        assertNoAccessibilityViolations(page, "the confirmation");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/booking-confirmed-ckb.png"))
                .setFullPage(true));
    }

    private void assertSoraniRightToLeft(String where) {
        assertThat(page.getAttribute("html", "lang")).as("lang on %s", where).isEqualTo("ckb");
        assertThat(page.getAttribute("html", "dir")).as("dir on %s", where).isEqualTo("rtl");
        assertThat(page.evaluate("() => getComputedStyle(document.body).direction")).as("laid out on %s", where)
                .isEqualTo("rtl");
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .as("nothing wider than the phone on %s", where).isLessThanOrEqualTo(PHONE_WIDTH);
        assertThat((String) page.evaluate("() => document.body.innerText"))
                .as("Latin digits on %s, like Arabic", where).doesNotContainPattern("[\\u0660-\\u0669\\u06F0-\\u06F9]");
    }

}
