package de.lokalwillkommen.message.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.errors.OfficeContact;
import de.lokalwillkommen.base.i18n.UiLanguage;
import de.lokalwillkommen.base.proof.ProofOfWork;
import de.lokalwillkommen.base.ui.ProofField;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.base.ui.Bidi;
import de.lokalwillkommen.message.MessageReceipt;
import de.lokalwillkommen.message.MessageRequest;
import de.lokalwillkommen.message.MessageService;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.office.ui.OfficeView;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Writing to an office's team ({@code message/<office>}), without an account. On success the person gets
 * a reference code; a refusal is said at the field or above the button, and everything typed stays.
 */
@Route(value = MessageView.ROUTE, layout = PublicLayout.class)
@AnonymousAllowed
public class MessageView extends Composite<VerticalLayout> implements HasUrlParameter<String>, HasDynamicTitle,
        OfficeContact {

    static final String ROUTE = "message";

    private final MessageService messages;
    private final OfficeService offices;
    private final UiLanguage uiLanguage;
    private final ProofOfWork proofs;
    private @Nullable ProofField proof;
    private final Paragraph refusal = new Paragraph();
    /** One per filled-in form: a double tap or a retry after a lost answer sends one message. */
    private final String attemptKey = UUID.randomUUID().toString();
    private @Nullable MessageForm form;
    private @Nullable OfficeDetails office;
    private String title = "";

    public MessageView(MessageService messages, OfficeService offices, UiLanguage uiLanguage, ProofOfWork proofs) {
        this.messages = messages;
        this.proofs = proofs;
        this.offices = offices;
        this.uiLanguage = uiLanguage;
        refusal.addClassName("lw-refusal");
        refusal.getElement().setAttribute("role", "alert");
        getContent().addClassNames("lw-page", "lw-contact-message");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        getContent().removeAll();
        offices.findBySlug(slug).ifPresentOrElse(this::showForm, () -> {
            title = getTranslation("office.notFound");
            getContent().add(new H1(title), new Paragraph(getTranslation("office.notFoundHint")));
        });
    }

    private void showForm(OfficeDetails office) {
        this.office = office;
        title = getTranslation("message.title", Bidi.inSentence(this, office.name()));
        form = new MessageForm(uiLanguage.languages().all(), uiLanguage.current(UI.getCurrent()),
                messages.municipalityName());
        Button send = new Button(getTranslation("message.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> send(office, send));
        refusal.setVisible(false);
        VaadinRequest current = VaadinRequest.getCurrent();
        proof = new ProofField(proofs, messages.unusualLoad(current == null ? null : current.getRemoteAddr()));
        getContent().add(new H1(title), new Paragraph(getTranslation("message.intro")), form, refusal, proof, send);
    }

    private void send(OfficeDetails office, Button button) {
        MessageForm shown = Objects.requireNonNull(form);
        MessageDraft draft = shown.validated().orElse(null);
        if (draft == null) {
            button.setEnabled(true);
            return;
        }
        if (!Objects.requireNonNull(proof).verified()) {
            button.setEnabled(true);
            refusal.setText(getTranslation("proof.failed"));
            refusal.setVisible(true);
            return;
        }
        try {
            showReceipt(office, messages.send(request(office, draft)));
        } catch (UserFacingException refused) {
            button.setEnabled(true);
            String message = getTranslation(refused.messageKey(), refused.args());
            if (!shown.showAtField(refused.messageKey(), message)) {
                refusal.setText(message);
                refusal.setVisible(true);
            }
        }
    }

    @Override
    public Optional<String> officePhone() {
        return Optional.ofNullable(office).map(OfficeDetails::phone);
    }

    private MessageRequest request(OfficeDetails office, MessageDraft draft) {
        VaadinRequest current = VaadinRequest.getCurrent();
        return new MessageRequest(office.slug(), draft.getCategory(), draft.getText(),
                Objects.requireNonNull(draft.getAnswerLanguage()).code(), draft.getName(), draft.getPhone(),
                draft.getEmail(), draft.isConsent(), attemptKey, current == null ? null : current.getRemoteAddr());
    }

    private void showReceipt(OfficeDetails office, MessageReceipt receipt) {
        Div reference = new MessageReference(receipt.reference());
        getContent().removeAll();
        getContent().add(new H1(title), new H2(getTranslation("message.sent", Bidi.inSentence(this, receipt.officeName()))), reference,
                new Paragraph(getTranslation("message.sent.next")), new ConversationLink(receipt.linkToken()),
                new RouterLink(getTranslation("message.backToOffice", Bidi.inSentence(this, office.name())), OfficeView.class, office.slug()));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
