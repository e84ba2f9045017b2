package de.lokalwillkommen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import de.lokalwillkommen.AppTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The coordination's figures on a phone in Arabic: charts beside their tables, right to left, and a CSV download. */
@AppTest
class FiguresJourneyTest extends BrowserJourney {

    @Test
    void theFiguresReadOnAPhoneInArabicAndEachTableDownloadsAsCsv() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ar")
                .setViewportSize(360, 740).setAcceptDownloads(true))) {
            Page page = context.newPage();
            page.navigate(url("/staff"));
            signIn(page, "koordination");
            page.waitForSelector("vaadin-app-layout");

            page.navigate(url("/staff/figures"));
            page.waitForSelector(".lw-ops-chart");
            assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
            assertThat(page.locator(".lw-ops-chart").first().getAttribute("direction")).isEqualTo("rtl");
            assertThat(page.locator(".lw-ops-table").count()).isGreaterThanOrEqualTo(6);
            // The chart fits the phone's width: nothing to scroll sideways.
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")).isTrue();
            Files.createDirectories(Path.of("target/screenshots"));
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/figures-ar.png")));
            assertNoAccessibilityViolations(page, "the figures");

            Download csv = page.waitForDownload(() -> page.locator(".lw-ops-section .lw-ops-download").first().click());
            byte[] bytes = Files.readAllBytes(csv.path());
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            assertThat(csv.suggestedFilename()).startsWith("contacts-by-month_").endsWith(".csv");
        }
    }
}
