package de.lokalwillkommen.queue.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.queue.PublicQueue;
import de.lokalwillkommen.queue.QueueService;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The venue's second screen ({@code /q-display/<code>}): the numbers being called, large, and how many wait. No needs,
 * no times, nothing about people; it follows the queue through the same light poll as the phones.
 */
@Route("q-display")
@AnonymousAllowed
public class QueueDisplayView extends Composite<Div> implements HasUrlParameter<String>, HasDynamicTitle {

    private final QueueService queue;
    private String code = "";

    public QueueDisplayView(QueueService queue) {
        this.queue = queue;
        getContent().addClassName("lw-queue-display");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        code = parameter.length() > 12 ? "" : parameter;
        getContent().removeAll();
        Optional<PublicQueue> found = code.isEmpty() ? Optional.empty() : queue.publicQueue(code);
        if (found.isEmpty()) {
            getContent().add(new H1(getTranslation("queue.unknown")));
            return;
        }
        getContent().getElement().setAttribute("data-code", found.get().session().code());
        Span called = new Span(found.get().called().stream().map(String::valueOf).collect(Collectors.joining("  ")));
        called.getElement().setAttribute("data-q", "called");
        called.getElement().setAttribute("dir", "ltr");
        called.addClassName("lw-queue-display-numbers");
        Span waiting = new Span(String.valueOf(found.get().waiting()));
        waiting.getElement().setAttribute("data-q", "waiting");
        getContent().add(new H1(getTranslation("queue.display.called")), called,
                new Paragraph(new Span(getTranslation("queue.display.waiting") + " "), waiting));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        getContent().getElement().executeJs("""
                const element = this;
                const run = () => window.lwQueue && window.lwQueue.display(element, $1);
                if (window.lwQueue) { run(); return; }
                const script = document.createElement('script');
                script.src = $0;
                script.onload = run;
                document.head.appendChild(script);""", TicketView.SCRIPT, TicketView.POLL_MILLIS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.display.called") + " – " + getTranslation("app.name");
    }
}
