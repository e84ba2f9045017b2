package de.lokalwillkommen.booking.ui;

import de.lokalwillkommen.base.i18n.TestDates;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.Topic;
import de.lokalwillkommen.office.ui.OfficeView;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BookingFlowTest extends BookingUiTest {

    @Test
    void aNewcomerChoosesOfficeTopicAndPersonsSeesFreeTimesByDayAndGetsACode() {
        chooseBrackelAndGoOn();

        List<FreeSlot> expected = bookings.freeSlots(officeId("brackel-aplerbeck"), BookView.TIMES_PER_PAGE);
        assertThat($view(H3.class).all().stream().map(H3::getText)).as("one German heading per day, in order")
                .containsExactlyElementsOf(expected.stream().map(s -> s.start().toLocalDate()).distinct()
                        .map(day -> TestDates.of("de").day(day)).toList());
        assertThat($view(H3.class).first().getText()).matches(
                "(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \\d{1,2}\\. \\p{L}+ \\d{4}");
        assertThat($view(Button.class).withClassName("lw-time-button").all()).hasSize(expected.size());
        assertThat(plain($view(Paragraph.class).withClassName("lw-times-place").first().getText()))
                .isEqualTo("Ort: Brackel/Aplerbeck, Brackeler Hellweg 144, 44309 Dortmund");

        test(firstTime()).click();
        fill("Ihr Name oder Ihre Initialen", "أحمد كريمي");
        agree();
        click("Termin buchen");

        assertThat(getCurrentView()).isInstanceOf(BookingView.class);
        assertThat($view(H1.class).single().getText()).isEqualTo("Ihr Termin ist gebucht");
        String code = $view(Span.class).withClassName("lw-code").single().getText();
        assertThat(code).matches("[A-Z2-9]{6}");
        BookingDetails booked = bookings.findByToken(((BookingView) getCurrentView()).token()).orElseThrow();
        assertThat(booked.code()).isEqualTo(code);
        assertThat(booked.slotId()).isEqualTo(expected.getFirst().slotId());
        assertThat(booked.topic()).isEqualTo(Topic.HOUSING);
        assertThat(booked.persons()).isEqualTo(2);
        assertThat(booked.language()).isEqualTo("de");
        assertThat(booked.name()).isEqualTo("أحمد كريمي");
    }

    @Test
    void anInvalidPhoneNumberIsExplainedInGermanAndEverythingTypedStays() {
        chooseBrackelAndGoOn();
        test(firstTime()).click();
        fill("Ihr Name oder Ihre Initialen", "Олена К.");
        fill("Telefon (freiwillig)", "0231 abc");
        test($view(EmailField.class).single()).setValue("olena@example.org");
        agree();
        click("Termin buchen");

        assertThat(getCurrentView()).isInstanceOf(BookView.class);
        TextField phone = $view(TextField.class).withLabel("Telefon (freiwillig)").single();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).isEqualTo("Bitte geben Sie eine Telefonnummer aus Ziffern ein, "
                + "zum Beispiel 0231 123456, oder lassen Sie das Feld leer.");
        assertThat(phone.getValue()).isEqualTo("0231 abc");
        assertThat($view(TextField.class).withLabel("Ihr Name oder Ihre Initialen").single().getValue())
                .isEqualTo("Олена К.");
        assertThat($view(EmailField.class).single().getValue()).isEqualTo("olena@example.org");
        assertThat($view(Checkbox.class).single().getValue()).isTrue();

        fill("Telefon (freiwillig)", "0231 123456");
        click("Termin buchen");
        assertThat(getCurrentView()).as("booked once the number is right").isInstanceOf(BookingView.class);
    }

    @Test
    void withoutConsentNothingIsBookedAndTheReasonIsSaid() {
        chooseBrackelAndGoOn();
        FreeSlot first = bookings.freeSlots(officeId("brackel-aplerbeck"), 1).getFirst();
        test(firstTime()).click();
        fill("Ihr Name oder Ihre Initialen", "ሰላም ተስፋይ");
        click("Termin buchen");

        assertThat(getCurrentView()).isInstanceOf(BookView.class);
        Checkbox consent = $view(Checkbox.class).single();
        assertThat(consent.isInvalid()).isTrue();
        assertThat(consent.getErrorMessage()).isEqualTo("Bitte stimmen Sie zu, damit wir Ihren Termin speichern dürfen.");
        assertThat(bookings.freeSlots(officeId("brackel-aplerbeck"), 1).getFirst().remaining())
                .as("the place is still free").isEqualTo(first.remaining());
        assertThat($view(Paragraph.class).withClassName("lw-consent-text").single().getText())
                .contains("Was wir speichern", "Warum", "Wie lange", "persönlichen Link absagen");
    }

    @Test
    void aTimeTakenMeanwhileOffersTheNextFreeTimesAndKeepsWhatWasTyped() {
        chooseBrackelAndGoOn();
        FreeSlot chosen = bookings.freeSlots(officeId("brackel-aplerbeck"), 1).getFirst();
        test(firstTime()).click();
        fill("Ihr Name oder Ihre Initialen", "Karim");
        agree();
        fillUp(chosen);
        click("Termin buchen");

        assertThat(getCurrentView()).isInstanceOf(BookView.class);
        assertThat($view(Paragraph.class).withText("Diese Zeit hat gerade jemand anderes gebucht.").exists()).isTrue();
        List<Button> alternatives = $view(Button.class).withClassName("lw-time-button").all();
        assertThat(alternatives).isNotEmpty();
        assertThat($view(TextField.class).withLabel("Ihr Name oder Ihre Initialen").single().getValue())
                .isEqualTo("Karim");

        test(alternatives.getFirst()).click();
        click("Termin buchen");
        assertThat(getCurrentView()).isInstanceOf(BookingView.class);
        BookingDetails booked = bookings.findByToken(((BookingView) getCurrentView()).token()).orElseThrow();
        assertThat(booked.slotId()).isNotEqualTo(chosen.slotId());
        assertThat(booked.name()).isEqualTo("Karim");
    }

    @Test
    void theOfficePageLinksToTheFlowWithItsOfficeChosen() {
        navigate(OfficeView.class, "luetgendortmund");
        RouterLink book = $view(RouterLink.class).withText("Beratungstermin buchen").single();
        assertThat(book.getHref()).isEqualTo("book?office=luetgendortmund");

        test(book).click();
        assertThat(getCurrentView()).isInstanceOf(BookView.class);
        assertThat(this.<DistrictChoice>select("In welchem Stadtbezirk wohnen Sie?").getValue().office().slug())
                .isEqualTo("luetgendortmund");
        assertThat(plain(select("In welchem Stadtbezirk wohnen Sie?").getHelperText())).isEqualTo("Ihr Büro: Lütgendortmund");
    }

    @Test
    void anOfficeWithoutFreeTimesSaysSoAndNamesAContact() {
        navigate(BookView.class);
        test(select("In welchem Stadtbezirk wohnen Sie?")).selectItem("Hörde");
        test(select("Worum geht es?")).selectItem("Gesundheit");
        click("Weiter");

        assertThat($view(Button.class).withClassName("lw-time-button").exists()).isFalse();
        assertThat($view(Paragraph.class).all().stream().map(Paragraph::getText).map(BookingUiTest::plain))
                .anyMatch(text -> text.startsWith("Im Moment sind im Büro Hörde/Hombruch keine Termine online frei."))
                .anyMatch(text -> text.contains("Koordination"));
        assertThat($view(Anchor.class).all().stream().map(Anchor::getHref)).contains("tel:+492315026150");
    }

    @Test
    void theFirstStepRefusesToGoOnWithoutDistrictAndTopic() {
        navigate(BookView.class);
        click("Weiter");
        assertThat($view(Button.class).withClassName("lw-time-button").exists()).isFalse();
        assertThat(select("In welchem Stadtbezirk wohnen Sie?").isInvalid()).isTrue();
        assertThat(select("Worum geht es?").getErrorMessage()).isEqualTo("Bitte wählen Sie ein Thema.");
    }

    @Test
    void aFourthActiveBookingFromTheSameDeviceIsRefusedInPlainWordsAboveTheButton() {
        String device = UUID.randomUUID().toString();
        VaadinSession.getCurrent().setAttribute(DeviceId.COOKIE, device);
        for (FreeSlot slot : bookings.freeSlots(officeId("luetgendortmund"), 3)) {
            bookings.book(new BookingRequest(slot.slotId(), Topic.WORK, "de", false, 1, "Nadia", null, null, true,
                    null, UUID.randomUUID().toString(), device, null));
        }
        chooseBrackelAndGoOn();
        test(firstTime()).click();
        fill("Ihr Name oder Ihre Initialen", "Nadia");
        agree();
        click("Termin buchen");

        assertThat(getCurrentView()).isInstanceOf(BookView.class);
        Paragraph refusal = $view(Paragraph.class).withClassName("lw-refusal").single();
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).isEqualTo("Sie haben schon 3 offene Termine. Bitte sagen Sie zuerst einen ab "
                + "oder rufen Sie das Büro an.");
        assertThat($view(TextField.class).withLabel("Ihr Name oder Ihre Initialen").single().getValue()).isEqualTo("Nadia");
    }
}
