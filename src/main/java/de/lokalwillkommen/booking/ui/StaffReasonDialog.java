package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Asks for the reason before something is cancelled; the confirm button is the second step. A refusal
 * from the service keeps the dialog open with the reason still typed.
 */
class StaffReasonDialog extends Dialog {

    static final int REASON_MAX = 300;

    private final TextArea reason = new TextArea();
    private final Consumer<String> confirmed;

    StaffReasonDialog(String title, String explanation, String confirmLabel, Consumer<String> confirmed) {
        this.confirmed = confirmed;
        setHeaderTitle(title);
        reason.setLabel(getTranslation("agenda.reason"));
        reason.setHelperText(getTranslation("agenda.reason.help"));
        reason.setMaxLength(REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        add(new Paragraph(explanation), reason);
        Button confirm = new Button(confirmLabel, e -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button back = new Button(getTranslation("agenda.keep"), e -> close());
        getFooter().add(back, confirm);
    }

    private void confirm() {
        String text = reason.getValue().strip();
        if (text.isEmpty() || text.length() > REASON_MAX) {
            reason.setInvalid(true);
            reason.setErrorMessage(getTranslation("agenda.reason.required"));
            return;
        }
        reason.setInvalid(false);
        if (StaffNotices.attempt(this, () -> confirmed.accept(text))) {
            close();
        }
    }
}
