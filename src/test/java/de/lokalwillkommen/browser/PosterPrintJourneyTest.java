package de.lokalwillkommen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import de.lokalwillkommen.AppTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The office poster as the printer sees it: A4 (210 mm at 96 dpi = 794 px wide) in print media, German and Arabic
 * lines with tear-off strips; nothing may stick out of the sheet, and the print PDF has one page.
 */
@AppTest
class PosterPrintJourneyTest extends BrowserJourney {

    /** Whether any element of the sheet reaches beyond the sheet's own box or is wider than its content box. */
    private static final String OVERFLOWS = """
            () => { const sheet = document.querySelector('#poster-sheet'); const box = sheet.getBoundingClientRect();
              const out = [...sheet.querySelectorAll('*')].filter(e => { const r = e.getBoundingClientRect();
                return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || e.scrollWidth > e.clientWidth + 1
                  && getComputedStyle(e).overflow === 'visible'); });
              return out.map(e => e.tagName + '.' + e.className).slice(0, 5); }""";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theArabicAndGermanPosterFitsAnA4SheetWithoutOverflow() {
        long brackel = jdbc.queryForObject("select id from office where name = 'Brackel/Aplerbeck'", Long.class);
        try (BrowserContext staff = browser.newContext(new Browser.NewContextOptions().setViewportSize(794, 1123))) {
            Page page = staff.newPage();
            page.navigate(url("/staff"));
            page.waitForSelector("vaadin-login-form");
            page.fill("vaadin-login-form input[name=username]", "brackel");
            page.fill("vaadin-login-form input[name=password]", "willkommen-demo");
            page.click("vaadin-login-form vaadin-button[slot=submit]");
            page.waitForSelector("vaadin-app-layout");

            page.navigate(url("/staff/poster?office=" + brackel + "&lang=ar,de,fa,uk,ti,kmr&strips"));
            page.waitForSelector("#poster-sheet .lw-poster-qr img");
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(page.isVisible(".lw-poster-controls")).as("the controls are not printed").isFalse();
            assertThat(page.locator(".lw-poster-language[dir=rtl]").count()).isEqualTo(2);
            @SuppressWarnings("unchecked")
            java.util.List<String> overflowing = (java.util.List<String>) page.evaluate(OVERFLOWS);
            assertThat(overflowing).as("elements beyond the A4 sheet").isEmpty();
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/poster-a4-ar-de.png")));
            byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true));
            String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
            int pages = text.split("/Type\\s*/Page[^s]").length - 1;
            assertThat(pages).as("pages of the printed poster").isEqualTo(1);
        }
    }
}
