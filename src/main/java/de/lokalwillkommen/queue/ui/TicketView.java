package de.lokalwillkommen.queue.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.push.OwnerKind;
import de.lokalwillkommen.base.push.PushOptIn;
import de.lokalwillkommen.base.push.PushSubscriptions;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.queue.QueueService;
import de.lokalwillkommen.queue.QueueStatus;
import de.lokalwillkommen.queue.TicketState;
import java.util.Optional;

/**
 * A number as its phone shows it: the number large, the people ahead and the estimated wait, updated by the light
 * poll of scripts/lw-queue.js while the page is visible; when it is called the page turns colour, vibrates and beeps
 * where the browser allows, and a Web Push arrives where the person turned notifications on.
 */
@Route(value = "queue-number", layout = PublicLayout.class)
@AnonymousAllowed
public class TicketView extends Composite<VerticalLayout> implements HasUrlParameter<String>, HasDynamicTitle {

    static final String SCRIPT = "scripts/lw-queue.js";
    /** Seconds between two polls of a visible page: "your turn" shows within this. */
    static final int POLL_MILLIS = 5000;

    private final QueueService queue;
    private final Languages languages;
    private final PushSubscriptions push;
    private final Div ticket = new Div();
    private String token = "";

    public TicketView(QueueService queue, Languages languages, PushSubscriptions push) {
        this.queue = queue;
        this.languages = languages;
        this.push = push;
        getContent().addClassNames("lw-page", "lw-queue");
        ticket.addClassName("lw-queue-ticket");
        ticket.setId("queue-ticket");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter.length() > 100 ? "" : parameter;
        render();
    }

    private void render() {
        getContent().removeAll();
        ticket.removeAll();
        Optional<TicketState> found = token.isEmpty() ? Optional.empty() : queue.ticket(token);
        if (found.isEmpty()) {
            getContent().add(new H1(getTranslation("queue.ticket.unknown")),
                    new Paragraph(getTranslation("queue.ticket.unknown.text")));
            return;
        }
        TicketState state = found.get();
        TicketTexts texts = TicketTexts.of(state, this::getTranslation);
        ticket.getElement().setAttribute("data-token", token);
        ticket.getElement().setAttribute("data-lang", languages.of(getLocale()).code());
        ticket.getElement().setAttribute("data-status", state.status().name());
        Span label = new Span(getTranslation("queue.ticket.yourNumber"));
        label.addClassName("lw-queue-label");
        Span number = new Span(String.valueOf(state.number()));
        number.addClassName("lw-queue-number");
        number.getElement().setAttribute("dir", "ltr");
        Paragraph status = new Paragraph(texts.status());
        status.getElement().setAttribute("data-q", "status");
        status.getElement().setAttribute("role", "status");
        status.addClassName("lw-queue-status");
        Paragraph ahead = new Paragraph(texts.ahead());
        ahead.getElement().setAttribute("data-q", "ahead");
        ticket.add(label, number, status, ahead);
        getContent().add(new H1(getTranslation("queue.ticket.title")), ticket,
                new Paragraph(getTranslation("queue.ticket.keepOpen")));
        if (state.status() == QueueStatus.WAITING || state.status() == QueueStatus.CALLED) {
            getContent().add(new PushOptIn(push, OwnerKind.QUEUE_TICKET, queue.ticketId(token)));
        }
        if (state.status() == QueueStatus.WAITING || state.status() == QueueStatus.SKIPPED) {
            Button leave = new Button(getTranslation("queue.ticket.leave"), e -> leave());
            leave.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            leave.setId("queue-leave");
            getContent().add(leave);
        }
        getContent().add(new Anchor("q/" + state.sessionCode(), getTranslation("queue.ticket.back")));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        ticket.getElement().executeJs("""
                const element = this;
                const run = () => window.lwQueue && window.lwQueue.ticket(element, $1);
                if (window.lwQueue) { run(); return; }
                const script = document.createElement('script');
                script.src = $0;
                script.onload = run;
                document.head.appendChild(script);""", SCRIPT, POLL_MILLIS);
    }

    private void leave() {
        queue.leave(token);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.ticket.title") + " – " + getTranslation("app.name");
    }
}
