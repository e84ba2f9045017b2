package de.lokalwillkommen.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.BookingStatus;
import de.lokalwillkommen.booking.SessionView;
import de.lokalwillkommen.booking.Topic;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("brackel")
class HoardingNoticeTest extends StaffCalendarUiTest {

    LocalDate day;
    List<SessionView> session;

    @BeforeEach
    void anEveningSession() {
        day = calendar.workingDay(6);
        session = calendar.eveningSession(brackel, day, 2);
    }

    private BookingDetails bookedFrom(String address, int slot, String name) {
        return bookings.book(new BookingRequest(session.get(slot).slotId(), Topic.HOUSING, "de", false, 1, name, null,
                null, true, null, UUID.randomUUID().toString(), UUID.randomUUID().toString(), address));
    }

    private BookingStatus statusOf(BookingDetails booking) {
        return bookings.agenda(brackel, day, day).stream().filter(b -> b.id() == booking.id()).findFirst()
                .orElseThrow().status();
    }

    @Test
    void staffSeeTheOnlineBookingsOfOneAddressAsAGroupAndReleaseThemInOneAction() {
        // Three addresses of one home's IPv6 /64 are one client.
        List<BookingDetails> group = List.of(bookedFrom("2001:db8:42:7::1", 0, "Erste Sammlerin"),
                bookedFrom("2001:db8:42:7::2", 0, "Zweite Sammlerin"),
                bookedFrom("2001:db8:42:7:ffff::3", 1, "Dritte Sammlerin"));
        BookingDetails someoneElse = bookedFrom("192.0.2.44", 1, "Jemand Anderes");

        AgendaView.show(brackel, day, AgendaMode.DAY);

        Div card = find(Div.class).withClassName("lw-hoarding-group").single();
        assertThat(text(card)).contains("3 Buchungen von einem Internetanschluss", "Erste Sammlerin",
                "Dritte Sammlerin").doesNotContain("Jemand Anderes");
        test(button("Alle 3 freigeben", card)).click();
        StaffReasonDialog dialog = find(StaffReasonDialog.class).single();
        test(find(TextArea.class, dialog).single()).setValue("Verdacht auf Sammelbuchung");
        test(button("Alle 3 freigeben", dialog)).click();

        assertThat(group).allSatisfy(b -> assertThat(statusOf(b)).isEqualTo(BookingStatus.CANCELLED));
        assertThat(statusOf(someoneElse)).isEqualTo(BookingStatus.BOOKED);
        assertThat(find(Div.class).withClassName("lw-hoarding-group").all()).isEmpty();
    }
}
