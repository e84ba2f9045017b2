package de.lokalwillkommen.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingStatus;
import de.lokalwillkommen.booking.SessionView;
import de.lokalwillkommen.booking.StaffCalendarFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("brackel")
class SessionsViewTest extends StaffCalendarUiTest {

    private SessionCard cardOf(SessionView session) {
        return find(SessionCard.class).withAttribute("data-slot", Long.toString(session.slotId())).single();
    }

    @Test
    void upcomingSessionsShowHowFullTheyAre() {
        LocalDate day = calendar.workingDay(3);
        List<SessionView> session = calendar.eveningSession(brackel, day, 2);
        bookings.book(StaffCalendarFixture.request(session.getFirst().slotId(), "Hana Tesfay"));

        SessionsView.show(brackel);

        assertThat(text(cardOf(session.getFirst()))).startsWith("18:00–18:30").contains("1 von 2 gebucht",
                "Brackel/Aplerbeck", "Deutsch, العربية");
        assertThat(text(cardOf(session.get(1)))).contains("0 von 2 gebucht");
    }

    @Test
    void cancellingASessionNeedsAReasonAndThenListsThePeopleToInform() {
        LocalDate day = calendar.workingDay(3);
        List<SessionView> session = calendar.eveningSession(brackel, day, 2);
        BookingDetails hana = bookings.book(StaffCalendarFixture.request(session.get(1).slotId(), "Idris Musa"));
        SessionsView.show(brackel);

        test(button("Diese Sprechstunde absagen", cardOf(session.get(1)))).click();
        StaffReasonDialog reason = find(StaffReasonDialog.class).single();
        test(button("Sprechstunde absagen", reason)).click();
        assertThat(find(TextArea.class, reason).single().isInvalid()).isTrue();
        assertThat(reason.isOpened()).isTrue();

        test(find(TextArea.class, reason).single()).setValue("Raum nicht verfügbar");
        test(button("Sprechstunde absagen", reason)).click();

        SessionAffectedDialog affected = find(SessionAffectedDialog.class).single();
        assertThat(text(affected)).contains("Idris Musa", "02315550101", "العربية", hana.code());
        assertThat(bookings.agenda(brackel, day, day)).filteredOn(b -> b.id() == hana.id()).singleElement()
                .satisfies(b -> assertThat(b.status()).isEqualTo(BookingStatus.CANCELLED));
        assertThat(text(cardOf(session.get(1)))).contains("abgesagt");
        assertThat(find(com.vaadin.flow.component.button.Button.class, cardOf(session.get(1)))
                .withText("Diese Sprechstunde absagen").exists()).isFalse();
    }

    @Test
    void theStaffMenuLeadsToTheFourCalendarPagesInTheOrderOfAWorkingDay() {
        SessionsView.show(brackel);
        List<String> labels = find(SideNavItem.class, find(SideNav.class).single()).all().stream()
                .map(SideNavItem::getLabel).toList();
        assertThat(labels).containsSubsequence("Übersicht", "Terminkalender", "Besuch ohne Termin", "Sprechstunden",
                "Sprechzeiten planen");
        test(find(SideNav.class).single()).clickItem("Sprechzeiten planen");
        assertThat(getCurrentView()).isInstanceOf(ScheduleView.class);
    }
}
