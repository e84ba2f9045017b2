package de.lokalwillkommen.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.base.MunicipalityProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("westerfilde")
class StaffEventsViewTest extends GermanUiTest {

    @Autowired
    Clock clock;
    @Autowired
    MunicipalityProperties municipality;

    @Test
    void aTeamPublishesARoundTableAndAWrongTimeIsRefusedWithEverythingKept() {
        navigate(StaffEventsView.class);
        test($view(Button.class).withText("Neue Veranstaltung").single()).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextField.class, dialog).withLabel("Titel").single()).setValue("Runder Tisch Westerfilde");
        test($(DatePicker.class, dialog).single()).setValue(municipality.now(clock).toLocalDate().plusDays(20));
        test($(TimePicker.class, dialog).withLabel("Beginn").single()).setValue(LocalTime.of(18, 0));
        test($(TimePicker.class, dialog).withLabel("Ende").single()).setValue(LocalTime.of(17, 0));
        test($(TextField.class, dialog).withLabel("Ort (Name und Adresse)").single()).setValue("Westerfilder Straße 54");
        test($(Button.class, dialog).withText("Veröffentlichen").single()).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat($(TimePicker.class, dialog).withLabel("Ende").single().getErrorMessage())
                .isEqualTo("Das Ende muss nach dem Beginn liegen.");
        assertThat($(TextField.class, dialog).withLabel("Titel").single().getValue()).isEqualTo("Runder Tisch Westerfilde");

        test($(TimePicker.class, dialog).withLabel("Ende").single()).setValue(LocalTime.of(20, 0));
        test($(Button.class, dialog).withText("Veröffentlichen").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat($view(H3.class).all().stream().map(H3::getText)).contains("Runder Tisch Westerfilde");
        assertThat($view(Paragraph.class).all().stream().map(Paragraph::getText)).contains("Ort: Westerfilder Straße 54");
    }
}
