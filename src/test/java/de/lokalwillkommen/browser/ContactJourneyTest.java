package de.lokalwillkommen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import de.lokalwillkommen.AppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A neighbour on a phone whose language is Arabic finds the office for an ambiguous postcode, opens the
 * office page and writes to the team: right to left throughout and without accessibility violations.
 */
@AppTest
class ContactJourneyTest extends BrowserJourney {

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void arabicSpeakingNeighbourOnAPhone() {
        context = arabicPhone();
        page = context.newPage();
    }

    @AfterEach
    void closeVisitor() {
        context.close();
    }

    @Test
    void anAmbiguousPostcodeLeadsToTheOfficesAndAMessageGetsAReferenceCode() {
        page.navigate(url("/find"));
        assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
        Locator input = page.locator(".lw-contact-finder-search input");
        input.fill("44379");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("44379")).first().click();
        PlaywrightAssertions.assertThat(page.locator(".lw-contact-candidate")).hasCount(2);
        assertNoAccessibilityViolations(page, "the finder with two candidates");

        page.locator(".lw-contact-candidate a", new Page.LocatorOptions().setHasText("Lütgendortmund")).first().click();
        PlaywrightAssertions.assertThat(page.locator(".lw-contact-hours-item").first()).isVisible();
        assertNoAccessibilityViolations(page, "the office page");

        page.locator(".lw-contact-office-actions a[href^='message/']").click();
        PlaywrightAssertions.assertThat(page.locator(".lw-contact-message-form")).isVisible();
        Locator category = page.locator(".lw-contact-message-form vaadin-select").first();
        category.click();
        page.locator("vaadin-select-item[role=option]:visible").first().click();
        PlaywrightAssertions.assertThat(page.locator("vaadin-select-item[role=option]:visible")).hasCount(0);
        page.locator(".lw-contact-message-form vaadin-text-area textarea").fill("مرحبا، لدي سؤال عن السكن.");
        page.locator(".lw-contact-message-form vaadin-checkbox input").check();
        assertNoAccessibilityViolations(page, "the message form");
        page.locator("vaadin-button[theme~='primary']").last().click();

        PlaywrightAssertions.assertThat(page.locator(".lw-contact-reference")).hasText(java.util.regex.Pattern.compile("N-[A-Z0-9]{6}"));
        assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
        assertNoAccessibilityViolations(page, "the receipt");
    }
}
