package de.lokalwillkommen.queue.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.client.ClientKeys;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.ui.NativeSelect;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.booking.Topic;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.office.VenueSummary;
import de.lokalwillkommen.queue.PublicQueue;
import de.lokalwillkommen.queue.QueueClosedException;
import de.lokalwillkommen.queue.QueueNeeds;
import de.lokalwillkommen.queue.QueueService;
import de.lokalwillkommen.queue.TicketState;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The short link of a session's queue ({@code /q/<code>}, from the poster's QR code): take a number without a name,
 * optionally saying the language, an interpreter need and the topic; or check in with a booking code. A phone that
 * already holds a number of the session is taken straight to it.
 */
@Route(value = "q", layout = PublicLayout.class)
@AnonymousAllowed
public class TakeNumberView extends Composite<VerticalLayout> implements HasUrlParameter<String>, HasDynamicTitle {

    private final QueueService queue;
    private final OfficeService offices;
    private final Languages languages;
    private final Paragraph problem = new Paragraph();
    private final NativeSelect<Language> language = new NativeSelect<>();
    private final Checkbox interpreter = new Checkbox();
    private final NativeSelect<Topic> topic = new NativeSelect<>();
    private final TextField bookingCode = new TextField();
    private String code = "";

    public TakeNumberView(QueueService queue, OfficeService offices, Languages languages) {
        this.queue = queue;
        this.offices = offices;
        this.languages = languages;
        getContent().addClassNames("lw-page", "lw-queue");
        problem.addClassName("lw-queue-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        code = parameter.length() > 12 ? "" : parameter;
        String device = QueueDevice.known();
        Optional<TicketState> held = device == null || code.isEmpty() ? Optional.empty() : queue.heldBy(code, device);
        if (held.isPresent()) {
            event.forwardTo(TicketView.class, held.get().token());
            return;
        }
        render();
    }

    private void render() {
        getContent().removeAll();
        Optional<PublicQueue> found = code.isEmpty() ? Optional.empty() : queue.publicQueue(code);
        if (found.isEmpty()) {
            getContent().add(new H1(getTranslation("queue.unknown")), new Paragraph(getTranslation("queue.unknown.text")));
            return;
        }
        PublicQueue shown = found.get();
        getContent().add(new H1(getTranslation("queue.take.title")), new Paragraph(place(shown)));
        if (shown.start() != null) {
            getContent().add(new Paragraph(getTranslation("queue.take.when",
                    LocalDates.of(this).appointment(shown.start(), shown.end()))));
        }
        getContent().add(problem);
        language.setLabel(getTranslation("queue.take.language"));
        language.setItems(languages.all());
        language.setItemLabelGenerator(Language::name);
        language.setValue(languages.of(getLocale()));
        interpreter.setLabel(getTranslation("queue.take.interpreter"));
        topic.setLabel(getTranslation("queue.take.topic"));
        topic.setPlaceholder(getTranslation("queue.take.topicAny"));
        topic.setItems(Arrays.asList(Topic.values()));
        topic.setItemLabelGenerator(t -> getTranslation("topic." + t.name()));
        Button take = new Button(getTranslation("queue.take.button"), e -> take());
        take.addThemeVariants(ButtonVariant.PRIMARY);
        take.setId("queue-take");
        take.addClassName("lw-queue-take");
        bookingCode.setLabel(getTranslation("queue.checkIn.code"));
        bookingCode.setMaxLength(12);
        bookingCode.setId("queue-booking-code");
        bookingCode.getElement().setAttribute("dir", "ltr");
        Button checkIn = new Button(getTranslation("queue.checkIn.button"), e -> checkIn());
        checkIn.setId("queue-check-in");
        getContent().add(new Paragraph(getTranslation("queue.take.noName")), language, interpreter, topic, take,
                new H2(getTranslation("queue.checkIn.title")), bookingCode, checkIn);
    }

    private String place(PublicQueue shown) {
        String office = offices.findById(shown.session().officeId()).map(OfficeDetails::name).orElse("");
        Long venueId = shown.session().venueId();
        return venueId == null ? office : offices.findVenue(venueId).map(VenueSummary::name).map(v -> v + " · " + office)
                .orElse(office);
    }

    private void take() {
        Language chosen = language.getValue();
        QueueNeeds needs = new QueueNeeds(chosen == null ? null : chosen.code(), interpreter.getValue(),
                topic.getValue());
        act(() -> queue.take(code, needs, QueueDevice.current(), ClientKeys.currentAddress()));
    }

    private void checkIn() {
        bookingCode.setInvalid(false);
        if (bookingCode.getValue().isBlank()) {
            bookingCode.setErrorMessage(getTranslation("queue.checkIn.unknown"));
            bookingCode.setInvalid(true);
            return;
        }
        act(() -> queue.checkIn(code, bookingCode.getValue(), QueueDevice.current(), ClientKeys.currentAddress()));
    }

    private void act(java.util.function.Supplier<TicketState> action) {
        try {
            TicketState ticket = action.get();
            UI.getCurrent().navigate(TicketView.class, ticket.token());
        } catch (QueueClosedException closed) {
            show(closedText(closed));
        } catch (UserFacingException refused) {
            if ("queue.checkIn.unknown".equals(refused.messageKey())) {
                bookingCode.setErrorMessage(getTranslation(refused.messageKey()));
                bookingCode.setInvalid(true);
            } else {
                show(getTranslation(refused.messageKey(), refused.args()));
            }
        }
    }

    private String closedText(QueueClosedException closed) {
        if (closed.nextStart() == null || closed.nextEnd() == null) {
            return getTranslation("queue.closed.noNext");
        }
        return getTranslation("queue.closed.next", LocalDates.of(this).day(closed.nextStart().toLocalDate()),
                LocalDates.of(this).appointment(closed.nextStart(), closed.nextEnd()));
    }

    private void show(@Nullable String text) {
        problem.setText(text == null ? "" : text);
        problem.setVisible(text != null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.take.title") + " – " + getTranslation("app.name");
    }
}
