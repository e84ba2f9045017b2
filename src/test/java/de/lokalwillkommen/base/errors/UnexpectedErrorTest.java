package de.lokalwillkommen.base.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import de.lokalwillkommen.AppTestWithSpiedServices;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.ui.NativeSelect;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.ui.BookView;
import de.lokalwillkommen.booking.ui.BookingView;
import de.lokalwillkommen.office.OfficeService;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import de.lokalwillkommen.office.DistrictRef;
import de.lokalwillkommen.office.OfficeForm;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * An unexpected failure of a service during an action or while a page opens: the person is told in
 * their language, with an error id and a phone number, and keeps everything typed.
 */
@AppTestWithSpiedServices
class UnexpectedErrorTest extends GermanUiTest {

    @Autowired
    BookingService bookings;
    @Autowired
    OfficeService offices;
    @Autowired
    MunicipalityProperties municipality;

    @Test
    void aBookingThatFailsUnexpectedlyIsExplainedWithAnIdAndEverythingTypedStaysAndTheButtonWorksAgain() {
        navigate(BookView.class);
        select("In welchem Stadtbezirk wohnen Sie?").selectItem("Brackel");
        select("Worum geht es?").selectItem("Wohnen");
        click("Weiter");
        test($view(Button.class).withClassName("lw-time-button").first()).click();
        test($view(TextField.class).withLabel("Ihr Name oder Ihre Initialen").single()).setValue("Олена К.");
        test($view(Checkbox.class).single()).click();
        doThrow(new DataAccessResourceFailureException("Check constraint invalid: database has been closed"))
                .when(bookings).book(any(BookingRequest.class));

        Button book = $view(Button.class).withText("Termin buchen").single();
        clickAsTheBrowserDoes(book);

        assertThat(getCurrentView()).isInstanceOf(BookView.class);
        String phone = offices.findBySlug("brackel-aplerbeck").orElseThrow().phone();
        String expectedPhone = phone != null ? phone : municipality.coordinationPhone();
        ErrorNotice notice = $(ErrorNotice.class).single();
        assertThat(notice.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(plain(notice.getElement().getTextRecursively()))
                .contains("Etwas ist bei uns schiefgegangen. Ihre Eingaben bleiben erhalten. Bitte versuchen Sie es in"
                        + " einer Minute noch einmal oder rufen Sie Ihr Büro an: " + expectedPhone)
                .containsPattern("Fehlernummer: [A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(book.isEnabled()).as("the button is usable again").isTrue();
        assertThat($view(TextField.class).withLabel("Ihr Name oder Ihre Initialen").single().getValue()).isEqualTo("Олена К.");
        assertThat($view(Checkbox.class).single().getValue()).isTrue();

        reset(bookings); // the database is back
        test(book).click();
        assertThat(getCurrentView()).as("the second try books").isInstanceOf(BookingView.class);
        assertThat($(ErrorNotice.class).exists()).as("the notice left with the page").isFalse();
    }

    @Test
    void aPageThatFailsToOpenShowsATranslatedErrorPageWithAnId() {
        doThrow(new DataAccessResourceFailureException("database down")).when(offices).listOffices();

        UI.getCurrent().navigate("book");

        assertThat(getCurrentView()).isInstanceOf(ErrorPageView.class);
        assertThat($view(H1.class).single().getText()).isEqualTo("Etwas ist schiefgegangen");
        assertThat($view(Paragraph.class).withClassName("lw-error-id").single().getText())
                .matches("Fehlernummer: [A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(plain($view(Paragraph.class).all().getFirst().getText())).endsWith(municipality.coordinationPhone());
    }

    @Test
    @WithUserDetails("koordination")
    @SuppressWarnings("unchecked")
    void aStaffSaveThatFailsUnexpectedlyIsExplainedWithAnIdAndTheFormKeepsItsValues() {
        UI.getCurrent().navigate("admin/offices");
        clickAsTheBrowserDoes(staffButton("Neu"));
        staffField("Name").setValue("Innenstadt-Ost");
        staffField("Ort").setValue("Dortmund");
        MultiSelectComboBox<DistrictRef> districts = $(MultiSelectComboBox.class).all().stream()
                .filter(c -> "Stadtbezirke".equals(c.getLabel())).findFirst().orElseThrow();
        districts.setValue(Set.of(offices.listDistricts().getFirst()));
        doThrow(new DataAccessResourceFailureException("database down")).when(offices).saveOffice(any(OfficeForm.class));

        clickAsTheBrowserDoes(staffButton("Speichern"));

        assertThat(plain($(ErrorNotice.class).single().getElement().getTextRecursively()))
                .startsWith("Etwas ist bei uns schiefgegangen. Ihre Eingaben bleiben erhalten.")
                .contains(municipality.coordinationPhone())
                .containsPattern("Fehlernummer: [A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(staffField("Name").getValue()).isEqualTo("Innenstadt-Ost");
        assertThat(offices.findBySlug("innenstadt-ost")).isEmpty();
    }

    private TextField staffField(String label) {
        return $(TextField.class).all().stream().filter(f -> label.equals(f.getLabel())).findFirst().orElseThrow();
    }

    private Button staffButton(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    /**
     * In the browser, Vaadin's request handling hands an exception of a listener to the session's error
     * handler; the browserless click lets it through to the test instead, so hand it over the same way.
     */
    private void clickAsTheBrowserDoes(Button button) {
        try {
            test(button).click();
        } catch (RuntimeException failure) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure, button.getElement().getNode()));
        }
    }

    @SuppressWarnings("unchecked")
    private <T> de.lokalwillkommen.base.ui.NativeSelectTester<T> select(String label) {
        return test((NativeSelect<T>) $view(NativeSelect.class).withCondition(s -> label.equals(s.getLabel())).single());
    }

    private static String plain(String text) {
        return text.replace("\u2068", "").replace("\u2069", "");
    }

    private void click(String text) {
        test($view(Button.class).withText(text).single()).click();
    }
}
