package de.lokalwillkommen.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import de.lokalwillkommen.booking.BookingDetails;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A booking's page as a Pashto reader sees it: the weekday the office page uses ("سه‌شنبه", from the bundle, not
 * the JDK's "درېنۍ"), the date in digits, and the time as a 24-hour range in words ("له 10:00 تر 10:30").
 */
class BookingTimeInPashtoTest extends BookingUiTest {

    @Test
    void thePashtoBookingPageShowsTheBundlesWeekdayAndAWordedTwentyFourHourRange() throws Exception {
        BookingDetails booking = someBooking("luetgendortmund", "Gul");
        UI ui = UI.getCurrent();
        uiLanguage.apply(ui, uiLanguage.languages().byCode("ps").orElseThrow());
        ui.refreshCurrentRoute(true);
        navigate(BookingView.class, booking.manageToken());

        String text = plain(getCurrentView().getElement().getTextRecursively());
        Properties pashto = new Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations_ps.properties")) {
            pashto.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        var day = booking.start().getDayOfWeek();
        String bundleWeekday = pashto.getProperty("weekday." + day.name());
        String jdkWeekday = day.getDisplayName(TextStyle.FULL, Locale.forLanguageTag("ps"));
        String start = String.format("%02d:%02d", booking.start().getHour(), booking.start().getMinute());
        String end = String.format("%02d:%02d", booking.end().getHour(), booking.end().getMinute());

        assertThat(text).contains(bundleWeekday + "، " + booking.start().toLocalDate().toString().replace('-', '/'))
                .contains("له " + start + " تر " + end);
        if (!jdkWeekday.equals(bundleWeekday)) {
            assertThat(text).doesNotContain(jdkWeekday);
        }
        // AM/PM as words only: the page also shows the personal link, whose random token may contain "AM".
        assertThat(text).as("no 12-hour marks").doesNotContain("غ.م.", "غ.و.")
                .doesNotContainPattern("(?<![A-Za-z0-9_-])(AM|PM)(?![A-Za-z0-9_-])");
    }
}
