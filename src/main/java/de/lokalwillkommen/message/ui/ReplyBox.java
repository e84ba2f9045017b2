package de.lokalwillkommen.message.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.ui.CharacterLimit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A text box with a send button, for the writer's reply and the team's answer. Empty or over-long text and every
 * refusal of the service are said at the field, and what was typed stays. One request id per typed text: a
 * double tap or a retry after a lost answer is saved once; a new id only after a text went through.
 */
class ReplyBox extends Composite<Div> {

    /** Saves the text; refuses with a {@link UserFacingException}. */
    interface Sender {
        void send(String text, String requestId);
    }

    private final TextArea area = new TextArea();
    private final Button send;
    private final CharacterLimit limit;
    private final Sender sender;
    private String requestId = UUID.randomUUID().toString();

    /**
     * @param language the language to write in: the field is marked with it (and its direction), so the browser's
     *                 spelling and screen readers follow; null for the page's own
     */
    ReplyBox(String label, String help, int max, String buttonText, @Nullable String language, boolean rightToLeft,
            Sender sender) {
        this.sender = sender;
        area.setLabel(label);
        area.addClassName("lw-reply-text");
        limit = CharacterLimit.on(area, max, help);
        if (language != null) {
            area.getElement().setAttribute("lang", language);
            area.getElement().setAttribute("dir", rightToLeft ? "rtl" : "ltr");
        }
        send = new Button(buttonText, e -> send());
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setDisableOnClick(true);
        getContent().addClassName("lw-reply-box");
        getContent().add(area, send);
    }

    TextArea area() {
        return area;
    }

    Button sendButton() {
        return send;
    }

    private void send() {
        try {
            String text = area.getValue();
            if (text.isBlank()) {
                refuse(getTranslation("conversation.error.empty"));
                return;
            }
            String tooLong = limit.problemWith(text);
            if (tooLong != null) {
                refuse(tooLong);
                return;
            }
            sender.send(text, requestId);
            requestId = UUID.randomUUID().toString();
            area.setInvalid(false);
            area.clear();
        } catch (UserFacingException refused) {
            refuse(getTranslation(refused.messageKey(), refused.args()));
        } finally {
            send.setEnabled(true);
        }
    }

    private void refuse(String message) {
        area.setErrorMessage(message);
        area.setInvalid(true);
    }
}
