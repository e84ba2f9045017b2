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
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.UiLanguage;
import de.lokalwillkommen.base.push.OwnerKind;
import de.lokalwillkommen.base.push.PushOptIn;
import de.lokalwillkommen.base.push.PushSubscriptions;
import de.lokalwillkommen.base.ui.Bidi;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.message.Conversation;
import de.lokalwillkommen.message.ConversationService;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The writer's personal conversation page ({@code conversation/<token>}), without an account: the thread in the
 * writer's chosen language and direction, newest last, a reply box, "solved" and "delete". An unknown link and
 * an erased conversation get the same answer, so the page never tells whether a conversation existed.
 */
@Route(value = "conversation", layout = PublicLayout.class)
@AnonymousAllowed
public class ConversationView extends Composite<VerticalLayout> implements HasUrlParameter<String>, HasDynamicTitle {

    private final ConversationService conversations;
    private final UiLanguage uiLanguage;
    private final PushSubscriptions push;
    private final Paragraph notice = new Paragraph();
    private String token = "";
    private String title = "";

    public ConversationView(ConversationService conversations, UiLanguage uiLanguage, PushSubscriptions push) {
        this.conversations = conversations;
        this.push = push;
        this.uiLanguage = uiLanguage;
        notice.addClassName("lw-conversation-notice");
        notice.getElement().setAttribute("role", "status");
        getContent().addClassNames("lw-page", "lw-conversation-page");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String token) {
        this.token = token == null ? "" : token;
        UI ui = event.getUI();
        Optional<Language> language = conversations.peek(this.token)
                .flatMap(c -> uiLanguage.languages().byCode(c.language()));
        if (language.isPresent() && !language.get().equals(uiLanguage.current(ui))) {
            // The page speaks the writer's language whatever the browser asks for; the header was already built in
            // the other one, so the route is built again (once: the language then matches). Only that second pass
            // counts as opening, so the notice of a new answer survives the switch.
            uiLanguage.apply(ui, language.get());
            ui.beforeClientResponse(ui, context -> ui.refreshCurrentRoute(true));
            return;
        }
        conversations.open(this.token).ifPresentOrElse(c -> show(c, null), this::showNotFound);
    }

    private void showNotFound() {
        getContent().removeAll();
        title = getTranslation("conversation.notFound.title");
        getContent().add(new H1(title), new Paragraph(getTranslation("conversation.notFound")));
    }

    private void show(Conversation c, @Nullable String done) {
        getContent().removeAll();
        title = getTranslation("conversation.title", Bidi.inSentence(this, c.officeName()));
        Div reference = new MessageReference(c.reference());
        notice.setText(done != null ? done : c.newAnswer() ? getTranslation("conversation.newAnswer")
                : c.closed() ? getTranslation("conversation.closed")
                : c.entries().stream().noneMatch(e -> e.fromOffice()) ? getTranslation("conversation.waiting") : "");
        notice.setVisible(!notice.getText().isEmpty());
        getContent().add(new H1(title), reference, notice, new H2(getTranslation("conversation.thread")),
                new ThreadList(c.text(), c.receivedAt(), c.language(), c.entries(), getTranslation("conversation.you"),
                        e -> c.officeName()));
        ReplyBox reply = new ReplyBox(getTranslation("conversation.reply"), "", conversations.replyMax(),
                getTranslation("conversation.send"), null, false, this::reply);
        Paragraph noAttachments = new Paragraph(getTranslation("conversation.noAttachments"));
        noAttachments.addClassName("lw-conversation-hint");
        getContent().add(reply, noAttachments);
        // Notice of an answer on this phone (Web Push, issue 15), between the reply and the actions.
        conversations.messageIdOf(token).ifPresent(id -> getContent().add(new PushOptIn(push, OwnerKind.MESSAGE, id)));
        getContent().add(actions(c), new ConversationLink(token));
    }

    private Div actions(Conversation c) {
        Div actions = new Div();
        actions.addClassName("lw-conversation-actions");
        if (!c.closed()) {
            actions.add(new Button(getTranslation("conversation.solved"), e -> solved()));
        }
        Button delete = new Button(getTranslation("conversation.delete"));
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(e -> confirmDelete(actions));
        actions.add(delete);
        return actions;
    }

    /** Deleting is for good: a second, explicit button says so first. */
    private void confirmDelete(Div actions) {
        Paragraph warning = new Paragraph(getTranslation("conversation.delete.confirm"));
        warning.getElement().setAttribute("role", "alert");
        Button yes = new Button(getTranslation("conversation.delete.yes"), e -> delete());
        yes.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        actions.removeAll();
        actions.add(warning, yes);
        yes.focus();
    }

    private void reply(String text, String requestId) {
        VaadinRequest current = VaadinRequest.getCurrent();
        Conversation c = conversations.reply(token, text, requestId, current == null ? null : current.getRemoteAddr());
        show(c, getTranslation("conversation.sent"));
    }

    private void solved() {
        try {
            show(conversations.markSolved(token), getTranslation("conversation.solved.done"));
        } catch (UserFacingException gone) {
            showNotFound();
        }
    }

    private void delete() {
        try {
            conversations.delete(token);
        } catch (UserFacingException gone) {
            // Already gone: the result is the same.
        }
        getContent().removeAll();
        title = getTranslation("conversation.deleted");
        getContent().add(new H1(title));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
