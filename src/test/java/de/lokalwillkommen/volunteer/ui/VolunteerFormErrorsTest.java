package de.lokalwillkommen.volunteer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import de.lokalwillkommen.GermanUiTest;
import org.junit.jupiter.api.Test;

/** The volunteer form's errors stay only while their cause does; a long text is refused, never cut. */
class VolunteerFormErrorsTest extends GermanUiTest {

    @SuppressWarnings("unchecked")
    private <T> CheckboxGroup<T> group(String label) {
        return $view(CheckboxGroup.class).withLabel(label).single();
    }

    /** The "tick a time" message, if shown (hidden components are not found). */
    private java.util.List<Paragraph> timesError() {
        return $view(Paragraph.class).withClassName("lw-volunteer-error")
                .withText("Bitte kreuzen Sie mindestens eine Zeit an.").all();
    }

    private void send() {
        test($view(Button.class).withText("Hilfe anbieten").single()).click();
    }

    @Test
    void thePleaseTickATimeErrorGoesOnceATimeIsTicked() {
        navigate(VolunteerView.class);
        send();
        assertThat(timesError()).hasSize(1);
        assertThat(group("Sie können mehreres auswählen.").isInvalid()).isTrue();

        test(group("Mittwoch")).selectItem("Vormittag");
        test(group("Sie können mehreres auswählen.")).selectItem("Hausaufgabenhilfe");

        assertThat(timesError()).isEmpty();
        assertThat(group("Sie können mehreres auswählen.").isInvalid()).isFalse();
    }

    @Test
    void anOverlongMessageIsKeptAndRefusedWithHowMuchToShorten() {
        navigate(VolunteerView.class);
        TextArea message = $view(TextArea.class).single();
        assertThat(message.getMaxLength()).isZero();
        test(message).setValue("y".repeat(501));
        send();

        assertThat(message.getValue()).hasSize(501);
        assertThat(message.isInvalid()).isTrue();
        assertThat(message.getErrorMessage()).startsWith("1 Zeichen zu viel: Erlaubt sind höchstens 500.");

        test(message).setValue("y".repeat(500));

        assertThat(message.isInvalid()).isFalse();
    }

    @Test
    void inArabicTheDateFieldsShowYearMonthDayInDigitsWithoutRightToLeftMarks() {
        uiLanguage.apply(UI.getCurrent(), uiLanguage.languages().byCode("ar").orElseThrow());
        navigate(VolunteerView.class);

        assertThat($view(DatePicker.class).all()).isNotEmpty().allSatisfy(picker -> {
            assertThat(picker.getI18n().getDateFormats()).first().isEqualTo("yyyy-MM-dd");
            assertThat(picker.getI18n().getDateFormats()).contains("d/M/yyyy");
        });
    }

    @Test
    void inGermanTheDateFieldsKeepTheGermanDate() {
        navigate(VolunteerView.class);
        assertThat($view(DatePicker.class).first().getI18n().getDateFormats()).isNullOrEmpty();
    }
}
