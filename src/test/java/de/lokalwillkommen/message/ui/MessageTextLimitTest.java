package de.lokalwillkommen.message.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.message.MessageRules;
import org.junit.jupiter.api.Test;

/** A long message is never cut without a word, and an error goes once its cause is fixed. */
class MessageTextLimitTest extends GermanUiTest {

    private TextArea text() {
        return $view(TextArea.class).single();
    }

    private void send() {
        test($view(Button.class).withText("Nachricht senden").single()).click();
    }

    @Test
    void theFieldSaysHowMuchIsAllowedAndCountsDown() {
        navigate(MessageView.class, "brackel-aplerbeck");
        assertThat(text().getHelperText()).contains("Höchstens 2000 Zeichen", "Noch 2.000 Zeichen frei.");
        assertThat(text().getMaxLength()).as("no maxlength: the browser would cut a pasted text silently")
                .isZero();

        test(text()).setValue("Guten Tag");

        assertThat(text().getHelperText()).contains("Noch 1.991 Zeichen frei.");
    }

    @Test
    void twentyThousandPastedCharactersAreKeptAndRefusedWithHowMuchToShorten() {
        navigate(MessageView.class, "brackel-aplerbeck");
        String pasted = "x".repeat(20_000);

        test(text()).setValue(pasted);
        send();

        assertThat(text().getValue()).isEqualTo(pasted);
        assertThat(text().isInvalid()).isTrue();
        assertThat(text().getErrorMessage()).startsWith("18.000 Zeichen zu viel: Erlaubt sind höchstens 2.000.");

        test(text()).setValue("x".repeat(MessageRules.TEXT_MAX));

        assertThat(text().isInvalid()).isFalse();
        assertThat(text().getHelperText()).contains("Noch 0 Zeichen frei.");
    }

    @Test
    void thePleaseWriteYourMessageErrorGoesOnceTheFieldHasText() {
        navigate(MessageView.class, "brackel-aplerbeck");
        send();
        assertThat(text().isInvalid()).isTrue();
        assertThat(text().getErrorMessage()).isEqualTo("Bitte schreiben Sie Ihre Nachricht.");

        test(text()).setValue("Ich habe eine Frage zur Schule.");

        assertThat(text().isInvalid()).isFalse();
    }
}
