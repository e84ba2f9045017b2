package de.lokalwillkommen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import de.lokalwillkommen.AppTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Georgian words are long ("შეტყობინებები", "ხელმისაწვდომობა"): on a small phone (360 px) the start page and the
 * first booking step must neither scroll sideways nor cut a label off. Screenshots go to target/screenshots.
 */
@AppTest
class GeorgianPhoneLayoutTest extends BrowserJourney {

    /** Elements sticking out of the viewport, and Vaadin labels (buttons, fields) whose text is cut off. */
    private static final String OVERFLOW = """
            () => {
              const width = document.documentElement.clientWidth;
              const found = [];
              if (document.documentElement.scrollWidth > width) {
                found.push('page is ' + document.documentElement.scrollWidth + ' px wide');
              }
              const visible = el => { const r = el.getBoundingClientRect();
                return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
              for (const el of document.querySelectorAll('body *')) {
                if (!visible(el)) continue;
                const r = el.getBoundingClientRect();
                if (r.right > width + 1 || r.left < -1) {
                  found.push(el.tagName.toLowerCase() + '.' + el.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right)
                      + ' "' + (el.textContent || '').trim().slice(0, 40) + '"');
                }
                const label = el.shadowRoot && el.shadowRoot.querySelector('[part~="label"]');
                if (label && visible(label) && label.scrollWidth > label.clientWidth + 1) {
                  found.push(el.tagName.toLowerCase() + ' label cut: "' + (el.textContent || el.getAttribute('label') || '').trim().slice(0, 40) + '"');
                }
              }
              return found;
            }""";

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void georgianVisitorOnASmallPhone() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("ka-GE")
                .setViewportSize(360, 740).setIsMobile(true).setHasTouch(true));
        context.addCookies(List.of(new Cookie("lw-lang", "ka").setUrl(url("/"))));
        context.setDefaultTimeout(60_000);
        page = context.newPage();
    }

    @AfterEach
    void closeVisitor() {
        context.close();
    }

    @SuppressWarnings("unchecked")
    private List<String> overflowing(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/ka-" + name + "-360.png"))
                .setFullPage(true));
        return (List<String>) page.evaluate(OVERFLOW);
    }

    @Test
    void theStartPageFitsA360PixelPhoneInGeorgian() {
        page.navigate(url("/"));
        page.waitForSelector("vaadin-app-layout, main");
        page.waitForFunction("() => document.body.innerText.includes('ვიზიტზე ჩაწერა')");
        assertThat(page.getAttribute("html", "lang")).isEqualTo("ka");
        assertThat(overflowing("start")).isEmpty();
    }

    @Test
    void theFirstBookingStepFitsA360PixelPhoneInGeorgian() {
        page.navigate(url("/book"));
        page.waitForSelector(".lw-book-form select");
        assertThat(page.textContent("h1")).isEqualTo("ვიზიტზე ჩაწერა");
        assertThat(overflowing("book-step1")).isEmpty();
    }
}
