package de.lokalwillkommen.volunteer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.Topic;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.volunteer.HelpType;
import de.lokalwillkommen.volunteer.LanguageLevel;
import de.lokalwillkommen.volunteer.MatchingService;
import de.lokalwillkommen.volunteer.OfferDetails;
import de.lokalwillkommen.volunteer.OfferRequest;
import de.lokalwillkommen.volunteer.PartOfDay;
import de.lokalwillkommen.volunteer.Rhythm;
import de.lokalwillkommen.volunteer.SpokenLanguage;
import de.lokalwillkommen.volunteer.TimeSlot;
import de.lokalwillkommen.volunteer.VolunteerService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Recording a need, the office in the URL, interpreters for bookings, and the volunteer changing the offer. */
class NeedsAndInterpretersViewTest extends GermanUiTest {

    @Autowired
    OfficeService offices;
    @Autowired
    MatchingService matching;
    @Autowired
    BookingService bookings;
    @Autowired
    VolunteerService volunteers;

    private long office(String name) {
        return offices.officeRefs().stream().filter(o -> o.name().equals(name)).map(OfficeRef::id).findFirst()
                .orElseThrow();
    }

    private String officeInUrl() {
        return UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("office").orElseThrow();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively().replaceAll("[\u2066-\u2069]", "");
    }

    @Test
    @WithUserDetails("brackel")
    void aTeamRecordsANeedFromAConsultationAndCannotOpenAnotherOfficesNeeds() {
        long brackel = office("Brackel/Aplerbeck");
        NeedsView.show(office("Mengede/Huckarde"));
        assertThat(officeInUrl()).isEqualTo(Long.toString(brackel));

        int before = matching.needs(brackel).size();
        test($view(Button.class).withText("Bedarf speichern").single()).click();
        assertThat($view(TextArea.class).withLabel("Kurze Beschreibung").single().isInvalid()).isTrue();
        assertThat(matching.needs(brackel)).hasSize(before);

        @SuppressWarnings("unchecked")
        Select<HelpType> type = $view(Select.class).withLabel("Art der Hilfe").single();
        test(type).selectItem("Hausaufgabenhilfe");
        test($view(TextArea.class).withLabel("Kurze Beschreibung").single())
                .setValue("Schüler der 7. Klasse braucht Hilfe in Mathematik.");
        test($view(Button.class).withText("Bedarf speichern").single()).click();

        assertThat(matching.needs(brackel)).hasSize(before + 1).first().satisfies(need -> {
            assertThat(need.helpType()).isEqualTo(HelpType.HOMEWORK_HELP);
            assertThat(need.involvesMinors()).as("homework help is always for children").isTrue();
        });
        assertThat($view(Div.class).withClassName("lw-volunteer-card").all().stream().map(NeedsAndInterpretersViewTest::text))
                .anyMatch(t -> t.contains("Schüler der 7. Klasse braucht Hilfe in Mathematik."));
    }

    @Test
    @WithUserDetails("brackel")
    void aBookingThatAskedForAnInterpreterGetsOneAssignedOnTheInterpretersPage() {
        long brackel = office("Brackel/Aplerbeck");
        FreeSlot slot = bookings.freeSlots(brackel, 40).get(20);
        BookingDetails booking = bookings.book(new BookingRequest(slot.slotId(), Topic.BENEFITS, "ar", true, 2, "Huda",
                null, null, true, null, UUID.randomUUID().toString(), UUID.randomUUID().toString(), null));
        try {
            navigate(InterpretersView.class);
            Div card = $view(Div.class).id("interpreting-" + booking.id());
            assertThat(text(card)).contains("Huda", "Noch niemand eingeteilt.");
            test(find(Button.class, card).withText("Freiwillige suchen").single()).click();
            test(find(Button.class, card).withText("Einteilen").first()).click();

            card = $view(Div.class).id("interpreting-" + booking.id());
            assertThat(text(card)).contains("Dolmetschung: Samira Haddad");
        } finally {
            bookings.cancelByStaff(booking.id(), "Testende");
        }
    }

    @Test
    void theVolunteerChangesTheOfferOnThePersonalPage() {
        OfferDetails offer = volunteers.register(new OfferRequest("Daria", "daria-" + UUID.randomUUID() + "@example.org",
                null, Set.of(HelpType.LANGUAGE_CAFE), null, List.of(new SpokenLanguage("uk", LanguageLevel.NATIVE, false)),
                Set.of(), true, Set.of(new TimeSlot(DayOfWeek.THURSDAY, PartOfDay.EVENING)), Rhythm.REGULAR,
                de.lokalwillkommen.TestDays.today(), null, null, true, "uk", UUID.randomUUID().toString(), null));
        navigate(VolunteerOfferView.class, offer.manageToken());
        test($view(Button.class).withText("Angebot ändern").single()).click();
        test($view(TextField.class).withLabel("Ihr Name").single()).setValue("Daria Bondarenko");
        test($view(Button.class).withText("Änderungen speichern").single()).click();

        assertThat(volunteers.findByToken(offer.manageToken()).orElseThrow().name()).isEqualTo("Daria Bondarenko");
        assertThat($view(com.vaadin.flow.component.html.Paragraph.class).withClassName("lw-volunteer-done").single()
                .getText()).isEqualTo("Gespeichert.");
    }
}
