package de.lokalwillkommen.message.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.message.MessageCategory;
import de.lokalwillkommen.message.MessageSummary;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The accessibility statement's feedback form, the coordination's inbox, and the city in the categories. */
class AccessibilityFeedbackViewTest extends GermanUiTest {

    @Test
    void aBarrierReportIsSentWithoutChoosingACategoryAndGivesAReference() {
        navigate(AccessibilityFeedbackView.class);
        assertThat($view(Select.class).all()).filteredOn(s -> "Wer schreibt?".equals(s.getLabel()))
                .allMatch(s -> !s.isVisible());
        assertThat($view(Paragraph.class).all()).filteredOn(p -> p.hasClassName("lw-consent-text"))
                .extracting(p -> p.getElement().getTextRecursively()).singleElement().asString()
                .contains("nur die Koordination des Netzwerks, kein einzelnes Büro");
        test($view(TextArea.class).single()).setValue("Die Schrift im Kalender ist zu klein und lässt sich nicht vergrößern.");
        test($view(Checkbox.class).single()).click();
        test($view(Button.class).withText("Nachricht senden").single()).click();
        assertThat($view(H2.class).all().getFirst().getText()).startsWith("Ihre Meldung ist bei der Koordination angekommen: ");
        assertThat($view(Span.class).all().stream().map(Span::getText)).anyMatch(t -> t.matches("N-[A-Z0-9]{6}"));
    }

    @Test
    @WithUserDetails("koordination")
    @SuppressWarnings("unchecked")
    void theCoordinationSeesBarrierReportsInItsOwnInbox() {
        navigate(AccessibilityFeedbackView.class);
        test($view(TextArea.class).single()).setValue("Das Menü ist mit der Tastatur nicht erreichbar.");
        test($view(Checkbox.class).single()).click();
        test($view(Button.class).withText("Nachricht senden").single()).click();
        String reference = $view(Span.class).all().stream().map(Span::getText).filter(t -> t.matches("N-[A-Z0-9]{6}"))
                .findFirst().orElseThrow();
        navigate(CoordinationInboxView.class);
        Grid<MessageSummary> grid = $view(Grid.class).single();
        assertThat(IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)))
                .anySatisfy(row -> {
                    assertThat(row.reference()).isEqualTo(reference);
                    assertThat(row.category()).isEqualTo(MessageCategory.ACCESSIBILITY);
                });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNewcomerCategoryNamesTheConfiguredCity() {
        navigate(MessageView.class, "brackel-aplerbeck");
        Select<MessageCategory> category = $view(Select.class).withLabel("Wer schreibt?").single();
        assertThat(category.getItemLabelGenerator().apply(MessageCategory.NEWCOMER)).isEqualTo("Ich bin neu in Dortmund");
        assertThat(category.getListDataView().getItems()).doesNotContain(MessageCategory.ACCESSIBILITY);
    }
}
