package de.lokalwillkommen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import de.lokalwillkommen.AppTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A volunteer on a phone (390 × 844) who reads Arabic offers help, lands on the personal page and
 * withdraws the offer: right to left throughout and without accessibility violations (axe, WCAG 2.1 A/AA).
 */
@AppTest
class VolunteerJourneyTest extends BrowserJourney {

    @org.springframework.beans.factory.annotation.Autowired
    de.lokalwillkommen.base.PublicAddress publicAddress;

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void arabicSpeakingVolunteerOnAPhone() {
        context = arabicPhone();
        page = context.newPage();
    }

    @AfterEach
    void closeVolunteer() {
        context.close();
    }

    private void tick(String label) {
        page.locator("vaadin-checkbox:visible", new Page.LocatorOptions().setHasText(label)).first().locator("input")
                .check();
    }

    @Test
    void aVolunteerOffersHelpInArabicAndWithdrawsItRightToLeftThroughout() {
        page.navigate(url("/volunteer"));
        page.waitForSelector("h1");
        assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
        assertThat(page.textContent("h1")).isEqualTo("تقديم المساعدة");
        assertNoAccessibilityViolations(page, "the empty offer form");

        page.locator(".lw-volunteer-form vaadin-text-field").first().locator("input").fill("سمير حداد");
        page.locator(".lw-volunteer-form vaadin-email-field input").fill("samir.journey@example.org");
        tick("المساعدة في الواجبات المدرسية");
        PlaywrightAssertions.assertThat(page.locator(".lw-volunteer-notice")).isVisible();
        Locator level = page.locator(".lw-volunteer-language-row vaadin-select").nth(1);
        level.click();
        page.locator("vaadin-select-item[role=option]:visible", new Page.LocatorOptions().setHasText("لغة أم أو بطلاقة"))
                .first().click();
        PlaywrightAssertions.assertThat(page.locator("vaadin-select-item[role=option]:visible")).hasCount(0);
        tick("Brackel");
        page.locator(".lw-volunteer-day").nth(1).locator("vaadin-checkbox", new Locator.LocatorOptions()
                .setHasText("بعد الظهر")).locator("input").check();
        tick("أوافق على حفظ هذه البيانات");
        assertNoAccessibilityViolations(page, "the filled offer form");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/volunteer-form-ar.png"))
                .setFullPage(true));
        page.click("vaadin-button:has-text('تقديم المساعدة')");

        page.waitForSelector(".lw-code");
        assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
        assertThat(page.textContent("h1")).isEqualTo("شكرًا! وصل عرضك");
        assertThat(page.textContent(".lw-code")).matches("F-[A-Z2-9]{6}");
        assertThat(page.getAttribute(".lw-personal-url", "href")).startsWith(publicAddress.of("volunteer/offer/"));
        assertNoAccessibilityViolations(page, "the personal page");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/volunteer-page-ar.png"))
                .setFullPage(true));

        page.click("vaadin-button:has-text('سحب عرضي وحذف بياناتي')");
        page.click("vaadin-button:has-text('نعم، اسحب واحذف')");
        page.waitForSelector("h1:has-text('تم سحب عرضك')");
    }
}
