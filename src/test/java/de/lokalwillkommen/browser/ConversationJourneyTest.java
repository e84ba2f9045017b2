package de.lokalwillkommen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.office.OfficeService;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A conversation as only a browser shows it: a Farsi writer on a 360 px phone writes to the team, a team member
 * answers in the German staff UI with the answer written in Farsi, the writer opens the personal link, reads the
 * answer right to left and replies. axe finds nothing on the writer's pages nor in the team's dialog.
 */
@AppTest
class ConversationJourneyTest extends BrowserJourney {

    private static final String ANSWER = "سلام، لطفاً قرارداد اجاره را سه‌شنبه با خودتان بیاورید.";

    @Autowired
    OfficeService offices;

    private BrowserContext phone(String language, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(language)
                .setViewportSize(width, height).setIsMobile(width < 500).setHasTouch(width < 500));
        context.addCookies(List.of(new Cookie("lw-lang", language).setUrl(url("/"))));
        context.setDefaultTimeout(60_000);
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        return context;
    }

    @Test
    void aFarsiWriterGetsAnAnswerInFarsiFromTheGermanStaffUiAndRepliesThroughTheLink() {
        String token;
        String reference;
        try (BrowserContext writer = phone("fa", 360, 740)) {
            Page page = writer.newPage();
            page.navigate(url("/message/brackel-aplerbeck"));
            assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
            page.locator(".lw-contact-message-form vaadin-select").first().click();
            page.locator("vaadin-select-item[role=option]:visible").first().click();
            PlaywrightAssertions.assertThat(page.locator("vaadin-select-item[role=option]:visible")).hasCount(0);
            page.locator(".lw-contact-message-form vaadin-text-area textarea").fill("سلام، درباره قرارداد اجاره سؤال دارم.");
            page.locator(".lw-contact-message-form vaadin-checkbox input").check();
            page.locator("vaadin-button[theme~='primary']").last().click();

            PlaywrightAssertions.assertThat(page.locator(".lw-contact-reference")).hasText(Pattern.compile("N-[A-Z0-9]{6}"));
            reference = page.textContent(".lw-contact-reference").strip();
            String link = page.getAttribute(".lw-personal-link .lw-personal-url", "href");
            assertThat(link).matches(".*/conversation/[A-Za-z0-9_-]{43}");
            token = link.substring(link.lastIndexOf('/') + 1);
            assertNoAccessibilityViolations(page, "the receipt with the personal link");
        }

        long brackel = offices.findBySlug("brackel-aplerbeck").orElseThrow().id();
        try (BrowserContext staff = phone("de", 1280, 900)) {
            Page page = staff.newPage();
            page.navigate(url("/staff"));
            signIn(page, "brackel");
            page.waitForSelector("vaadin-app-layout");
            page.navigate(url("/staff/messages?office=" + brackel));
            // The layout lies over the grid's slotted cell content for Playwright's pointer: click the cell itself.
            page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(reference)).first()
                    .waitFor();
            page.evaluate("ref => [...document.querySelectorAll('vaadin-grid-cell-content')]"
                    + ".find(c => c.textContent.includes(ref)).click()", reference);
            Locator answer = page.locator(".lw-reply-box vaadin-text-area");
            PlaywrightAssertions.assertThat(answer).isVisible();
            assertThat(answer.getAttribute("lang")).isEqualTo("fa");
            assertThat(answer.getAttribute("dir")).isEqualTo("rtl");
            answer.locator("textarea").fill(ANSWER);
            page.locator(".lw-reply-box vaadin-button").click();
            PlaywrightAssertions.assertThat(page.locator(".lw-conversation-office"))
                    .containsText(ANSWER);
            assertNoAccessibilityViolations(page, "the team's message dialog after answering");
        }

        try (BrowserContext writer = phone("fa", 360, 740)) {
            Page page = writer.newPage();
            page.navigate(url("/conversation/" + token));
            PlaywrightAssertions.assertThat(page.locator(".lw-conversation-office")).containsText(ANSWER);
            assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
            assertThat(page.getAttribute("html", "lang")).isEqualTo("fa");
            PlaywrightAssertions.assertThat(page.locator(".lw-conversation-notice")).isVisible();
            // Nothing sticks out of a 360 px screen.
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
            assertNoAccessibilityViolations(page, "the conversation page with the answer");

            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(java.nio.file.Path.of("target/screenshots/conversation-fa.png")));
            page.locator(".lw-reply-box vaadin-text-area").locator("textarea").fill("ممنون، سه‌شنبه می‌آیم.");
            page.locator(".lw-reply-box vaadin-button").click();
            PlaywrightAssertions.assertThat(page.locator(".lw-conversation-writer")).hasCount(2);
            PlaywrightAssertions.assertThat(page.locator(".lw-conversation-writer").last()).containsText("ممنون");
            assertNoAccessibilityViolations(page, "the conversation page after replying");
        }
    }
}
