package de.lokalwillkommen.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingStatus;
import de.lokalwillkommen.booking.Channel;
import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.SessionView;
import de.lokalwillkommen.booking.StaffCalendarFixture;
import de.lokalwillkommen.booking.Topic;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("brackel")
class AgendaViewTest extends StaffCalendarUiTest {

    LocalDate day;
    List<SessionView> session;

    @BeforeEach
    void anEveningSessionWithTwoConsultants() {
        day = calendar.workingDay(5);
        session = calendar.eveningSession(brackel, day, 2);
    }

    private BookingDetails booked(String name) {
        return bookings.book(StaffCalendarFixture.request(session.getFirst().slotId(), name));
    }

    private AgendaBookingCard cardOf(String name) {
        return find(AgendaBookingCard.class).all().stream().filter(c -> text(c).contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no card for " + name));
    }

    private BookingDetails now(BookingDetails booking) {
        return bookings.agenda(brackel, calendar.today(), day.plusWeeks(1)).stream()
                .filter(b -> b.id() == booking.id()).findFirst().orElseThrow();
    }

    @Test
    void aBookingMadeOnlineAppearsInTheDayViewWithItsDetails() {
        booked("Amal Khalil");

        AgendaView.show(brackel, day, AgendaMode.DAY);

        assertThat(text(cardOf("Amal Khalil"))).contains("18:00–18:30", "العربية", "Dolmetschung nötig", "Personen: 3",
                "Notiz: Mietvertrag mitbringen", "gebucht", "02315550101");
    }

    @Test
    void theWeekViewShowsTheBookingUnderItsDay() {
        booked("Bashir Noori");

        AgendaView.show(brackel, day, AgendaMode.WEEK);

        assertThat(text(cardOf("Bashir Noori"))).contains("18:00–18:30");
        assertThat(find(com.vaadin.flow.component.html.Div.class).withClassName("lw-day-heading").all())
                .map(StaffCalendarUiTest::text).anySatisfy(h -> assertThat(h).endsWith(StaffFormat.date(
                        find(AgendaView.class).single(), day)));
    }

    @Test
    void theNextDayButtonMovesTheDateInTheUrl() {
        AgendaView.show(brackel, day, AgendaMode.DAY);
        test(find(com.vaadin.flow.component.button.Button.class).withAriaLabel("Weiter").single()).click();
        assertThat(com.vaadin.flow.component.UI.getCurrent().getActiveViewLocation().getQueryParameters()
                .getSingleParameter(AgendaView.DATE)).hasValue(day.plusDays(1).toString());
    }

    @Test
    void markingABookingAttendedOnceItHasBegunChangesItsStatus() {
        BookingDetails booking = booked("Chiara Rossi");
        calendar.whileStarted(booking.slotId(), slotDay -> {
            AgendaView.show(brackel, slotDay, AgendaMode.DAY);

            test(button("Erschienen", cardOf("Chiara Rossi"))).click();

            assertThat(text(cardOf("Chiara Rossi"))).contains("erschienen");
        });
        assertThat(now(booking).status()).isEqualTo(BookingStatus.ATTENDED);
    }

    @Test
    void aBookingDaysAheadOffersNeitherAttendedNorNoShowAndTheServiceRefusesBoth() {
        BookingDetails booking = booked("Hamid Rahimi");
        AgendaView.show(brackel, day, AgendaMode.DAY);

        assertThat(find(Button.class, cardOf("Hamid Rahimi")).all()).extracting(Button::getText)
                .contains("Verlegen", "Absagen").doesNotContain("Erschienen", "Nicht erschienen");
        assertThatThrownBy(() -> bookings.markAttended(booking.id())).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("booking.error.notStarted");
        assertThatThrownBy(() -> bookings.markNoShow(booking.id())).isInstanceOf(UserFacingException.class);
        assertThat(now(booking).status()).isEqualTo(BookingStatus.BOOKED);
    }

    @Test
    void cancellingABookingNeedsAReasonWhichIsKept() {
        BookingDetails booking = booked("Dmytro Bondar");
        AgendaView.show(brackel, day, AgendaMode.DAY);
        test(button("Absagen", cardOf("Dmytro Bondar"))).click();
        StaffReasonDialog dialog = find(StaffReasonDialog.class).single();

        test(button("Termin absagen", dialog)).click();
        TextArea reason = find(TextArea.class, dialog).single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Bitte einen Grund angeben");
        assertThat(now(booking).status()).isEqualTo(BookingStatus.BOOKED);

        test(reason).setValue("Hat angerufen, ist krank");
        test(button("Termin absagen", dialog)).click();

        assertThat(now(booking).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(now(booking).cancelReason()).isEqualTo("Hat angerufen, ist krank");
        assertThat(text(cardOf("Dmytro Bondar"))).contains("abgesagt", "Hat angerufen, ist krank");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBookingCanBeMovedToAnotherFreeTime() {
        BookingDetails booking = booked("Elif Yilmaz");
        AgendaView.show(brackel, day, AgendaMode.DAY);
        test(button("Verlegen", cardOf("Elif Yilmaz"))).click();
        AgendaMoveDialog dialog = find(AgendaMoveDialog.class).single();
        Select<FreeSlot> target = find(Select.class, dialog).single();
        FreeSlot later = target.getListDataView().getItems()
                .filter(s -> s.slotId() == session.get(1).slotId()).findFirst().orElseThrow();
        target.setValue(later);

        test(button("Verlegen", dialog)).click();

        assertThat(now(booking).slotId()).isEqualTo(session.get(1).slotId());
        assertThat(now(booking).start().toLocalTime()).isEqualTo(LocalTime.of(18, 30));
        assertThat(text(cardOf("Elif Yilmaz"))).contains("18:30–19:00");
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffBookOnBehalfOfSomeoneWhoCallsWithoutConsentOrContact() {
        AgendaView.show(brackel, day, AgendaMode.DAY);
        test(button("Termin für jemanden buchen")).click();
        AgendaBookDialog dialog = find(AgendaBookDialog.class).single();
        Select<FreeSlot> slot = find(Select.class, dialog).withLabel("Zeit").single();
        slot.setValue(slot.getListDataView().getItems().filter(s -> s.slotId() == session.get(1).slotId())
                .findFirst().orElseThrow());
        ((Select<Topic>) find(Select.class, dialog).withLabel("Thema").single()).setValue(Topic.SCHOOL_KITA);
        test(find(IntegerField.class, dialog).withLabel("Personen").single()).setValue(2);
        TextField name = find(TextField.class, dialog).withLabel("Name oder Initialen").single();

        test(name).setValue("4711");
        test(button("Buchen", dialog)).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();

        test(name).setValue("F. M.");
        test(button("Buchen", dialog)).click();

        BookingDetails made = bookings.agenda(brackel, day, day).stream().filter(b -> "F. M.".equals(b.name()))
                .findFirst().orElseThrow();
        assertThat(made.channel()).isEqualTo(Channel.STAFF);
        assertThat(made.slotId()).isEqualTo(session.get(1).slotId());
        assertThat(made.topic()).isEqualTo(Topic.SCHOOL_KITA);
        assertThat(made.persons()).isEqualTo(2);
        assertThat(made.language()).isEqualTo("de");
        assertThat(made.phone()).isNull();
        assertThat(text(cardOf("F. M."))).contains("18:30–19:00", "Personen: 2");
    }
}
