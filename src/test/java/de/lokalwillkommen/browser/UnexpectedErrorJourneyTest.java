package de.lokalwillkommen.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import de.lokalwillkommen.AppTestWithSpiedServices;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.BookingService;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A newcomer on an Arabic phone mistypes the address, finds the way to booking from the "page not found",
 * and books while the server fails unexpectedly: the failure is said in Arabic with an error id, the
 * name stays typed, the button works again, and the second try books.
 */
@AppTestWithSpiedServices
class UnexpectedErrorJourneyTest extends ArabicPhoneJourney {

    @Autowired
    BookingService bookings;

    @Test
    void aMistypedAddressLeadsToBookingAndAnUnexpectedFailureIsExplainedInArabicWithEverythingKept() {
        Response notFound = page.navigate(url("/bok"));
        assertThat(notFound.status()).isEqualTo(404);
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("الصفحة غير موجودة");
        assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
        assertNoAccessibilityViolations(page, "page not found");
        page.click(".lw-error-doors a[href='book']");

        page.waitForSelector(".lw-book-form select");
        choose(0, "Brackel");
        choose(1, "السكن");
        page.click("vaadin-button:has-text('التالي')");
        page.waitForSelector(".lw-time-button");
        page.locator(".lw-time-button").last().click();
        Locator name = page.locator(".lw-book-form vaadin-text-field").first().locator("input");
        name.fill("أحمد كريمي");
        page.locator(".lw-book-form vaadin-checkbox input").check();

        doThrow(new DataAccessResourceFailureException("Check constraint invalid: the database has been closed"))
                .when(bookings).book(any(BookingRequest.class));
        Locator book = page.locator("vaadin-button:has-text('احجز الموعد')");
        book.click();

        Locator notice = page.locator(".lw-error-notice");
        PlaywrightAssertions.assertThat(notice).isVisible();
        assertThat(notice.getAttribute("role")).isEqualTo("alert");
        assertThat(notice.textContent()).contains("حدث خطأ من جهتنا. ما أدخلتموه لا يزال محفوظًا.")
                .containsPattern("رقم الخطأ: [A-Z2-9]{4}-[A-Z2-9]{4}");
        PlaywrightAssertions.assertThat(name).hasValue("أحمد كريمي");
        PlaywrightAssertions.assertThat(book).not().hasAttribute("disabled", "");
        assertNoAccessibilityViolations(page, "the notice of an unexpected error");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/unexpected-error-ar.png")));

        reset(bookings); // the server has recovered
        page.click(".lw-error-close");
        PlaywrightAssertions.assertThat(notice).hasCount(0);
        book.click();
        page.waitForSelector(".lw-code");
        assertThat(page.textContent("h1")).isEqualTo("تم حجز موعدك");
    }
}
