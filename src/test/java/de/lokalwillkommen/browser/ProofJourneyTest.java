package de.lokalwillkommen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.proof.ProofsInTests;
import de.lokalwillkommen.office.OfficeService;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The proof of work in a real browser: /scripts/lw-proof.js solves the form's challenge in the background and the
 * server verifies the answer (the app tests would also let a missing answer through, so this counts real ones).
 */
@AppTest
class ProofJourneyTest extends BrowserJourney {

    @Autowired
    OfficeService offices;

    @Test
    void theBrowserSolvesTheChallengeUnseenAndTheServerVerifiesTheAnswer() {
        String slug = offices.listOffices().stream().filter(o -> o.name().contains("Hörde")).findFirst()
                .orElseThrow().slug();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            int before = ProofsInTests.VERIFIED.get();
            page.navigate(url("/message/" + slug));
            page.waitForLoadState();
            System.out.println("PROOF journey on " + page.url() + ": " + page.title());
            PlaywrightAssertions.assertThat(page.locator(".lw-contact-message-form"))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
            page.locator(".lw-contact-message-form vaadin-select").first().click();
            page.locator("vaadin-select-item[role=option]:visible").first().click();
            page.locator(".lw-contact-message-form vaadin-text-area textarea").fill("Eine Frage zur Wohnung.");
            page.locator(".lw-contact-message-form vaadin-checkbox input").check();
            // Solved within a moment at the test cost; the script reports back on its own.
            page.waitForFunction("() => window.lwProof !== undefined");
            page.waitForTimeout(1000);
            page.locator("vaadin-button[theme~='primary']").last().click();

            PlaywrightAssertions.assertThat(page.locator(".lw-contact-reference"))
                    .hasText(Pattern.compile("N-[A-Z0-9]{6}"));
            assertThat(ProofsInTests.VERIFIED.get()).isEqualTo(before + 1);
        }
    }
}
