package de.lokalwillkommen.message.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.i18n.UiLanguage;
import de.lokalwillkommen.base.ui.LegalLinks;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.message.MessageCategory;
import de.lokalwillkommen.message.MessageReceipt;
import de.lokalwillkommen.message.MessageRequest;
import de.lokalwillkommen.message.MessageService;
import java.util.Objects;
import java.util.UUID;

/**
 * The feedback mechanism of the accessibility statement: a report of a barrier, without an account, that
 * lands in the coordination's own inbox (category ACCESSIBILITY, no office).
 */
@Route(value = LegalLinks.ACCESSIBILITY_FEEDBACK, layout = PublicLayout.class)
@AnonymousAllowed
public class AccessibilityFeedbackView extends Composite<VerticalLayout> implements HasDynamicTitle {

    private final MessageService messages;
    private final MessageForm form;
    private final Paragraph refusal = new Paragraph();
    /** One per filled-in form: a double tap or a retry sends one report. */
    private final String attemptKey = UUID.randomUUID().toString();

    public AccessibilityFeedbackView(MessageService messages, UiLanguage uiLanguage) {
        this.messages = messages;
        form = new MessageForm(uiLanguage.languages().all(), uiLanguage.current(UI.getCurrent()),
                messages.municipalityName(), MessageCategory.ACCESSIBILITY);
        refusal.addClassName("lw-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        Button send = new Button(getTranslation("message.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> send(send));
        getContent().addClassNames("lw-page", "lw-contact-message");
        getContent().add(new H1(getTranslation("accessibility.feedback.title")),
                new Paragraph(getTranslation("accessibility.feedback.text")), form, refusal, send);
    }

    private void send(Button button) {
        MessageDraft draft = form.validated().orElse(null);
        if (draft == null) {
            button.setEnabled(true);
            return;
        }
        VaadinRequest current = VaadinRequest.getCurrent();
        MessageRequest request = new MessageRequest("", MessageCategory.ACCESSIBILITY, draft.getText(),
                Objects.requireNonNull(draft.getAnswerLanguage()).code(), draft.getName(), draft.getPhone(),
                draft.getEmail(), draft.isConsent(), attemptKey, current == null ? null : current.getRemoteAddr());
        try {
            showReceipt(messages.sendToCoordination(request));
        } catch (UserFacingException refused) {
            button.setEnabled(true);
            String message = getTranslation(refused.messageKey(), refused.args());
            if (!form.showAtField(refused.messageKey(), message)) {
                refusal.setText(message);
                refusal.setVisible(true);
            }
        }
    }

    private void showReceipt(MessageReceipt receipt) {
        Div reference = new MessageReference(receipt.reference());
        getContent().removeAll();
        getContent().add(new H1(getTranslation("accessibility.feedback.title")),
                new H2(getTranslation("accessibility.feedback.sent", receipt.officeName())), reference,
                new ConversationLink(receipt.linkToken()), new Anchor(LegalLinks.ACCESSIBILITY, getTranslation("legal.accessibility.title")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accessibility.feedback.title") + " – " + getTranslation("app.name");
    }
}
