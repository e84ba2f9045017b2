package de.lokalwillkommen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.vaadin.flow.i18n.I18NProvider;
import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.Topic;
import de.lokalwillkommen.office.OfficeService;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The staff calendar on a phone in Arabic, as only a browser shows it: right to left, time ranges still
 * readable, no accessibility violations in the agenda, and a walk-in logged with one tap.
 */
@AppTest
class StaffCalendarJourneyTest extends BrowserJourney {

    @Autowired
    BookingService bookings;
    @Autowired
    OfficeService offices;

    @Autowired
    I18NProvider translations;

    @Test
    void anArabicStaffMemberEntersSessionTimesInTwentyFourHours() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ar"))) {
            Page page = context.newPage();
            page.navigate(url("/staff"));
            signIn(page, "brackel");
            page.waitForSelector("vaadin-app-layout");
            page.navigate(url("/staff/schedule"));
            String newWeekly = translations.getTranslation("schedule.rule.newWeekly", Locale.forLanguageTag("ar"));
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText(newWeekly)).first().click();
            Locator start = page.locator("vaadin-time-picker input").first();
            start.fill("14:30");
            start.press("Tab");
            // Vaadin's picker in Arabic would turn this into "2:30 م" (12 hours, with the word for p.m.).
            assertThat(start.inputValue()).isEqualTo("14:30");
        }
    }

    @Test
    void theAgendaAndTheWalkInLogWorkOnAPhoneInArabic() {
        long brackel = offices.officeRefs().stream().filter(o -> o.name().equals("Brackel/Aplerbeck")).findFirst()
                .orElseThrow().id();
        FreeSlot slot = bookings.freeSlots(brackel, 1).getFirst();
        String name = "Amal Khalil Agenda";
        BookingDetails booking = bookings.book(new BookingRequest(slot.slotId(), Topic.HOUSING, "ar", true, 3,
                name, "0231 5550101", null, true, null, null, null, null));
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ar")
                .setViewportSize(360, 740))) {
            Page page = context.newPage();
            page.navigate(url("/staff"));
            signIn(page, "brackel");
            page.waitForSelector("vaadin-app-layout");

            page.navigate(url("/staff/agenda?office=" + brackel + "&date=" + slot.start().toLocalDate() + "&mode=week"));
            // The week may hold other bookings before this one (demo history, other tests): find ours by name.
            Locator card = page.locator(".lw-agenda-card", new Page.LocatorOptions().setHasText(name));
            card.waitFor();
            assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
            String time = card.locator(".lw-agenda-time").textContent();
            // The range is in words ("من 10:00 إلى 10:30") and isolated, so Arabic text around it cannot turn it round.
            assertThat(time).startsWith("\u2068من ").contains(slot.start().toLocalTime().toString());
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/staff-agenda-ar.png")));
            assertNoAccessibilityViolations(page, "the agenda");

            page.navigate(url("/staff/walk-in"));
            page.waitForSelector(".lw-walkin-topics");
            String before = page.textContent(".lw-walkin-count");
            page.click("#walkin-topic-HEALTH");
            page.waitForFunction("b => document.querySelector('.lw-walkin-count').textContent !== b", before);
            assertThat(page.textContent(".lw-walkin-count")).isNotEqualTo(before);
        } finally {
            bookings.cancelByToken(booking.manageToken());
        }
    }
}
