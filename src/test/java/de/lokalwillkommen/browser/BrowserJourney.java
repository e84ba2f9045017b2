package de.lokalwillkommen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The common ground of the browser journeys: headless Chromium (Debian's where installed, as on CI;
 * otherwise Playwright's own), the running app's address, and the axe check (WCAG 2.1 A/AA).
 */
abstract class BrowserJourney {

    private static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // As root, and on machines whose network reaches only package registries.
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"));
        Path debian = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(debian)) {
            options.setExecutablePath(debian);
        }
        browser = playwright.chromium().launch(options);
    }

    @AfterAll
    static void closeChromium() {
        playwright.close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * A phone (390 × 844, touch) whose browser and choice speak Arabic: the journeys' right-to-left visitor.
     * Whole journeys with several axe scans get generous time limits, so a busy CI machine does not fail them.
     */
    BrowserContext arabicPhone() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ar")
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        context.addCookies(List.of(new Cookie("lw-lang", "ar").setUrl(url("/"))));
        context.setDefaultTimeout(60_000);
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        return context;
    }

    /** The server-rendered sign-in page (docs/decisions/0030): waits for it, fills it in and sends it. */
    static void signIn(Page page, String user) {
        page.waitForSelector("form.lw-sign-in");
        page.fill("form.lw-sign-in input[name=username]", user);
        page.fill("form.lw-sign-in input[name=password]", "willkommen-demo");
        page.click("form.lw-sign-in button[type=submit]");
    }

    static void assertNoAccessibilityViolations(Page page, String where) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        assertThat(results.getViolations()).as("axe violations on %s: %s", where, results.getViolations().stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getHtml()).toList()).toList()).isEmpty();
    }

    /** Picks an entry of the booking form's n-th list by its visible label. */
    static void chooseInBookingForm(Page page, int select, String label) {
        page.locator(".lw-book-form select").nth(select).selectOption(new SelectOption().setLabel(label));
    }

    /** In a right-to-left language the earlier time stands on the right: the grid follows the document's direction. */
    static void assertTimesRunRightToLeft(Page page, int phoneWidth) {
        Locator days = page.locator(".lw-times-buttons");
        for (int i = 0; i < days.count(); i++) {
            Locator times = days.nth(i).locator(".lw-time-button");
            if (times.count() >= 2) {
                BoundingBox first = times.nth(0).boundingBox();
                BoundingBox second = times.nth(1).boundingBox();
                assertThat(first.x).as("the first time is right of the second").isGreaterThan(second.x);
                assertThat(first.x + first.width).as("inside the phone's width").isLessThanOrEqualTo(phoneWidth);
                return;
            }
        }
        throw new AssertionError("no day with two free times to compare");
    }
}
