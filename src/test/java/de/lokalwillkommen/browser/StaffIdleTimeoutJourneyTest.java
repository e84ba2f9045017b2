package de.lokalwillkommen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * An open staff tab that nobody touches is signed out: Vaadin's heartbeat keeps reaching the server, but it does
 * not count as activity. Idle time 4 s and a heartbeat every second instead of 30 minutes and 5 minutes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lw.session.staff-idle=4s", "vaadin.heartbeatInterval=1"})
@ActiveProfiles({"demo", "test"})
class StaffIdleTimeoutJourneyTest extends BrowserJourney {

    @Test
    void anUntouchedStaffTabShowsTheSignInPageAfterTheIdleTime() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            java.util.List<String> blocked = new java.util.concurrent.CopyOnWriteArrayList<>();
            page.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy")) {
                    blocked.add(m.text());
                }
            });
            page.navigate(url("/staff"));
            signIn(page, "brackel");
            page.waitForSelector("vaadin-app-layout");
            assertThat(page.url()).doesNotContain("/login");

            // Nobody touches the tab; only heartbeats reach the server.
            page.waitForSelector("form.lw-sign-in", new Page.WaitForSelectorOptions().setTimeout(60_000));
            assertThat(page.url()).contains("/login");

            page.navigate(url("/staff"));
            page.waitForSelector("form.lw-sign-in");
            assertThat(page.url()).as("the session is over, not only the tab").contains("/login");
            assertThat(blocked).as("the app runs under its Content-Security-Policy").isEmpty();
        }
    }
}
