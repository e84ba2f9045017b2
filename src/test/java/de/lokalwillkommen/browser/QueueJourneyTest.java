package de.lokalwillkommen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.MunicipalityProperties;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 19's journey: an Arabic visitor on a 360 px phone opens a session's short link and takes a number; a member
 * of staff, signed in in another browser, calls the next person; the visitor's page says "your turn" without a reload.
 * Both pages are checked with axe. The session runs now at a venue of its own.
 */
@AppTest
class QueueJourneyTest extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    MunicipalityProperties municipality;

    @Test
    void anArabicVisitorTakesANumberAndSeesTheirTurnWhenStaffCallWithoutReloading() {
        long brackel = jdbc.queryForObject("select id from office where name = 'Brackel/Aplerbeck'", Long.class);
        String venue = "Queue journey " + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into venue (name, city, office_id) values (?, 'Dortmund', ?)", venue, brackel);
        long venueId = jdbc.queryForObject("select id from venue where name = ?", Long.class, venue);
        LocalDateTime now = municipality.now(clock).withSecond(0).withNano(0);
        LocalDateTime start = now.toLocalTime().isBefore(LocalTime.of(0, 10)) ? now : now.minusMinutes(10);
        LocalDateTime end = now.toLocalTime().isAfter(LocalTime.of(23, 0)) ? now.toLocalDate().atTime(23, 59)
                : now.plusMinutes(60);
        jdbc.update("insert into slot (office_id, start_local, end_local, capacity, online_capacity, booked, cancelled,"
                + " venue_id) values (?, ?, ?, 2, 2, 0, false, ?)", brackel, start, end, venueId);
        String code = "J" + UUID.randomUUID().toString().replaceAll("[^2-9]", "").substring(0, 4);
        jdbc.update("insert into queue_session (office_id, venue_id, venue_key, session_day, code, created_at)"
                + " values (?, ?, ?, ?, ?, ?)", brackel, venueId, venueId, now.toLocalDate(), code, now);

        try (BrowserContext phone = arabicPhone(); BrowserContext staff = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(360, 740))) {
            Page visitor = phone.newPage();
            visitor.setViewportSize(360, 780);
            visitor.navigate(url("/q/" + code.toLowerCase()));
            visitor.waitForSelector("#queue-take");
            assertThat(visitor.getAttribute("html", "dir")).isEqualTo("rtl");
            assertNoAccessibilityViolations(visitor, "the take-a-number page");
            visitor.click("#queue-take");
            visitor.waitForSelector(".lw-queue-number");
            assertThat(visitor.textContent(".lw-queue-number")).isEqualTo("1");
            assertThat(visitor.textContent("[data-q=status]")).contains("أنتم في الانتظار");
            assertNoAccessibilityViolations(visitor, "the number's page");
            String address = visitor.url();

            Page desk = staff.newPage();
            desk.navigate(url("/staff"));
            signIn(desk, "brackel");
            desk.waitForSelector("vaadin-app-layout");
            desk.navigate(url("/staff/queue?office=" + brackel));
            desk.waitForSelector("#queue-call-next");
            // The venue's session is preselected when it is the office's only one that day (the select then also holds
            // a hidden copy of the item for its value): choose it only when another session is shown.
            if (!desk.locator("#queue-session").innerText().contains(venue)) {
                desk.click("#queue-session");
                desk.click("vaadin-select-item:visible:has-text('" + venue + "')");
            }
            desk.waitForSelector("#queue-entry-1");
            desk.click("#queue-call-next");
            desk.waitForSelector("#served-1");

            visitor.waitForSelector(".lw-queue-ticket.lw-queue-called");
            assertThat(visitor.url()).as("no reload, no navigation").isEqualTo(address);
            assertThat(visitor.textContent("[data-q=status]")).contains("حان دوركم");
            visitor.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/queue-called-ar.png")));
            assertNoAccessibilityViolations(visitor, "the called number's page");
        }
    }
}
