package de.lokalwillkommen.message.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.office.ui.OfficeView;
import org.junit.jupiter.api.Test;

class MessageViewTest extends GermanUiTest {

    @SuppressWarnings("unchecked")
    private void fillIn(String text, String email, boolean consent) {
        test((Select<Object>) $view(Select.class).withLabel("Wer schreibt?").single()).selectItem("Nachbarin oder Nachbar");
        test($view(TextArea.class).single()).setValue(text);
        test($view(TextField.class).withLabel("E-Mail (freiwillig)").single()).setValue(email);
        if (consent) {
            test($view(Checkbox.class).single()).click();
        }
    }

    private void send() {
        test($view(Button.class).withText("Nachricht senden").single()).click();
    }

    @Test
    void theOfficePageOffersToWriteToTheTeam() {
        navigate(OfficeView.class, "brackel-aplerbeck");
        RouterLink write = $view(RouterLink.class).withText("Nachricht an das Team schreiben").single();
        assertThat(write.getHref()).isEqualTo("message/brackel-aplerbeck");
    }

    @Test
    void aSentMessageShowsTheReferenceCode() {
        navigate(MessageView.class, "brackel-aplerbeck");
        fillIn("Im Haus nebenan wohnt eine Familie, die Hilfe bei Behördenbriefen braucht.", "nachbar@example.com", true);
        send();
        assertThat($view(H2.class).all().getFirst().getText()).isEqualTo("Ihre Nachricht ist beim Büro Brackel/Aplerbeck angekommen");
        assertThat($view(Span.class).all().stream().map(Span::getText)).anyMatch(t -> t.matches("N-[A-Z0-9]{6}"));
    }

    @Test
    void aRefusalIsSaidAtTheFieldAndEverythingTypedStays() {
        navigate(MessageView.class, "brackel-aplerbeck");
        fillIn("Meine Frage zur Wohnung", "kein-at-zeichen", false);
        send();
        TextField email = $view(TextField.class).withLabel("E-Mail (freiwillig)").single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("Bitte geben Sie eine gültige E-Mail-Adresse ein");
        assertThat($view(Checkbox.class).single().isInvalid()).isTrue();
        assertThat($view(TextArea.class).single().getValue()).isEqualTo("Meine Frage zur Wohnung");
        assertThat($view(Button.class).withText("Nachricht senden").single().isEnabled()).isTrue();
    }
}
