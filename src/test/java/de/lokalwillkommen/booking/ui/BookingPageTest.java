package de.lokalwillkommen.booking.ui;

import de.lokalwillkommen.base.i18n.TestDates;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingStatus;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BookingPageTest extends BookingUiTest {

    @Test
    void thePersonalPageShowsCodeTimePlaceMapCalendarFileAndTheLinkItself() {
        BookingDetails booking = someBooking("luetgendortmund", "Amina");
        navigate(BookingView.class, booking.manageToken());

        assertThat($view(H1.class).single().getText()).isEqualTo("Ihr Termin ist gebucht");
        assertThat($view(Span.class).withClassName("lw-code").single().getText()).isEqualTo(booking.code());
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains(TestDates.of("de").day(booking.start().toLocalDate()))
                .contains(TestDates.of("de").range(booking.start(), booking.end()));
        assertThat($view(Anchor.class).all().stream().map(Anchor::getHref))
                .anyMatch(href -> href.startsWith("https://www.openstreetmap.org/search?query="))
                .contains("booking/" + booking.manageToken() + ".ics");
        Anchor personal = $view(Anchor.class).withClassName("lw-personal-url").single();
        assertThat(personal.getHref()).endsWith("/booking/" + booking.manageToken()).isEqualTo(personal.getText());
        assertThat(personal.getHref()).as("lw.public-base-url, never the request's Host header")
                .isEqualTo("http://localhost:8080/booking/" + booking.manageToken());
    }

    @Test
    void theOwnerCancelsAfterConfirmingAndThePageSaysSo() {
        BookingDetails booking = someBooking("brackel-aplerbeck", "Yusuf");
        navigate(BookingView.class, booking.manageToken());

        test($view(Button.class).withText("Termin absagen").single()).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).single();
        assertThat(test(dialog).getHeader()).isEqualTo("Termin wirklich absagen?");
        assertThat(bookings.findByToken(booking.manageToken()).orElseThrow().status())
                .as("opening the dialog changes nothing").isEqualTo(BookingStatus.BOOKED);
        test(dialog).confirm();

        assertThat(bookings.findByToken(booking.manageToken()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat($view(H1.class).single().getText()).isEqualTo("Dieser Termin ist abgesagt");
        assertThat($view(Button.class).withText("Termin absagen").exists()).isFalse();
    }

    @Test
    void theOwnerMovesTheBookingToAnotherFreeTimeOfTheSameOffice() {
        BookingDetails booking = someBooking("mengede-huckarde", "Olena");
        navigate(BookingView.class, booking.manageToken());

        test($view(Button.class).withText("Termin verschieben").single()).click();
        Button other = $view(Button.class).withClassName("lw-time-button").first();
        test(other).click();
        test($view(Button.class).withText("Ja, auf diese Zeit verschieben").single()).click();

        BookingDetails moved = bookings.findByToken(booking.manageToken()).orElseThrow();
        assertThat(moved.slotId()).isNotEqualTo(booking.slotId());
        assertThat(moved.officeId()).isEqualTo(booking.officeId());
        assertThat(moved.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains(TestDates.of("de").day(moved.start().toLocalDate()))
                .contains(TestDates.of("de").range(moved.start(), moved.end()));
    }

    @Test
    void anUnknownLinkIsExplainedInsteadOfAnErrorPage() {
        navigate(BookingView.class, "this-link-does-not-exist");
        assertThat($view(H1.class).single().getText()).isEqualTo("Diesen Termin finden wir nicht");
        assertThat($view(Button.class).withText("Termin absagen").exists()).isFalse();
    }

    @Test
    void theRouteWithoutAnyTokenIsExplainedToo() {
        navigate("booking", BookingView.class);
        assertThat($view(H1.class).single().getText()).isEqualTo("Diesen Termin finden wir nicht");
    }
}
