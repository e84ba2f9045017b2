package de.lokalwillkommen.queue.ui;

import de.lokalwillkommen.base.i18n.LocalDates;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.security.CurrentStaff;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.booking.ui.StaffOfficePicker;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.queue.QueueEntry;
import de.lokalwillkommen.queue.QueueNeeds;
import de.lokalwillkommen.queue.QueueService;
import de.lokalwillkommen.queue.QueueSessionRef;
import de.lokalwillkommen.queue.QueueStatus;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;

/**
 * The session's queue on a staff phone during outreach: call next, served, not here (and back again), a number for
 * someone without a phone in one tap, with each person's language, interpreter need and topic, and the day's
 * bookings that checked in marked among them. STAFF see only their own offices (picker and service check).
 */
@Route(value = "staff/queue", layout = StaffLayout.class)
@PermitAll
public class StaffQueueView extends Composite<VerticalLayout> implements BeforeEnterObserver, HasDynamicTitle {

    private final QueueService queue;
    private final StaffOfficePicker picker;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final Select<QueueSessionRef> session = new Select<>();
    private final Paragraph summary = new Paragraph();
    private final Paragraph link = new Paragraph();
    private final Div entries = new Div();
    private final Button callNext = new Button();
    private final Button handOut = new Button();

    public StaffQueueView(QueueService queue, OfficeService offices, CurrentStaff currentStaff,
            MunicipalityProperties municipality, Clock clock) {
        this.queue = queue;
        this.municipality = municipality;
        this.clock = clock;
        this.picker = new StaffOfficePicker(currentStaff, offices);
        picker.onChoice(chosen -> StaffOfficePicker.navigate(StaffQueueView.class, chosen.id()));
        session.setLabel(getTranslation("queue.staff.session"));
        session.setId("queue-session");
        session.setItemLabelGenerator(s -> s.venueId() == null ? getTranslation("queue.staff.inOffice")
                : offices.findVenue(s.venueId()).map(v -> v.name()).orElse("?"));
        session.addValueChangeListener(e -> refresh());
        callNext.setText(getTranslation("queue.staff.callNext"));
        callNext.addThemeVariants(ButtonVariant.PRIMARY);
        callNext.setId("queue-call-next");
        callNext.addClickListener(e -> callNext());
        handOut.setText(getTranslation("queue.staff.handOut"));
        handOut.setId("queue-hand-out");
        handOut.addClickListener(e -> handOut());
        entries.addClassName("lw-queue-staff-list");
        summary.getElement().setAttribute("role", "status");
        getContent().addClassNames("lw-staff-page", "lw-queue-staff");
        getContent().add(new H1(getTranslation("queue.staff.title")), picker, session, summary, callNext, handOut,
                entries, link);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        picker.enter(event, StaffQueueView.class, () -> summary.setText(getTranslation("agenda.noOffice")))
                .ifPresent(this::show);
    }

    private void show(OfficeRef office) {
        List<QueueSessionRef> today = queue.sessionsOn(office.id(), municipality.now(clock).toLocalDate());
        session.setItems(today);
        boolean any = !today.isEmpty();
        session.setVisible(any);
        callNext.setEnabled(any);
        handOut.setEnabled(any);
        if (any) {
            session.setValue(today.getFirst());
        } else {
            summary.setText(getTranslation("queue.staff.noSession"));
            entries.removeAll();
        }
    }

    private void refresh() {
        QueueSessionRef shown = session.getValue();
        entries.removeAll();
        link.removeAll();
        if (shown == null) {
            return;
        }
        List<QueueEntry> all = queue.queue(shown.id());
        long waiting = all.stream().filter(e -> e.status() == QueueStatus.WAITING).count();
        long checkedIn = all.stream().filter(e -> e.booked() && e.status() == QueueStatus.WAITING).count();
        summary.setText(getTranslation("queue.staff.summary", waiting, checkedIn));
        all.stream().filter(e -> e.status() == QueueStatus.CALLED).forEach(e -> entries.add(card(shown, e)));
        all.stream().filter(e -> e.status() == QueueStatus.WAITING).forEach(e -> entries.add(card(shown, e)));
        all.stream().filter(e -> e.status() == QueueStatus.SKIPPED).forEach(e -> entries.add(card(shown, e)));
        Anchor display = new Anchor("q-display/" + shown.code(), getTranslation("queue.staff.display"));
        display.setTarget("_blank");
        Anchor poster = new Anchor("staff/poster/queue?session=" + shown.id(), getTranslation("queue.staff.poster"));
        poster.setTarget("_blank");
        Anchor officePoster = new Anchor("staff/poster?office=" + shown.officeId()
                + (shown.venueId() == null ? "" : "&venue=" + shown.venueId()), getTranslation("queue.staff.officePoster"));
        officePoster.setTarget("_blank");
        link.add(new Anchor(shown.path(), getTranslation("queue.staff.link", shown.code())), new Paragraph(display),
                new Paragraph(poster), new Paragraph(officePoster));
    }

    private Div card(QueueSessionRef shown, QueueEntry entry) {
        Div card = new Div();
        card.addClassNames("lw-queue-entry", "lw-queue-entry-" + entry.status().name().toLowerCase());
        card.setId("queue-entry-" + entry.number());
        Paragraph line = new Paragraph(getTranslation("queue.staff.number", entry.number()) + " · "
                + getTranslation("queue.status." + entry.status().name()));
        card.add(line, new Paragraph(needs(entry)));
        if (entry.status() == QueueStatus.CALLED) {
            card.add(action("queue.staff.served", entry, () -> queue.served(shown.id(), entry.id())),
                    action("queue.staff.notHere", entry, () -> queue.notHere(shown.id(), entry.id())));
        } else if (entry.status() == QueueStatus.SKIPPED) {
            card.add(action("queue.staff.returned", entry, () -> queue.returned(shown.id(), entry.id())));
        }
        return card;
    }

    private String needs(QueueEntry entry) {
        QueueNeeds needs = entry.needs();
        StringBuilder text = new StringBuilder();
        if (entry.booked() && entry.appointmentAt() != null) {
            text.append(getTranslation("queue.staff.booked",
                    LocalDates.of(this).time(entry.appointmentAt())));
        }
        if (needs.language() != null) {
            text.append(text.isEmpty() ? "" : " · ").append(needs.language());
        }
        if (needs.interpreter()) {
            text.append(text.isEmpty() ? "" : " · ").append(getTranslation("queue.staff.interpreter"));
        }
        if (needs.topic() != null) {
            text.append(text.isEmpty() ? "" : " · ").append(getTranslation("topic." + needs.topic().name()));
        }
        if (entry.byStaff()) {
            text.append(text.isEmpty() ? "" : " · ").append(getTranslation("queue.staff.noPhone"));
        }
        return text.toString();
    }

    private Button action(String key, QueueEntry entry, Runnable change) {
        Button button = new Button(getTranslation(key), e -> run(change));
        button.setId(key.substring(key.lastIndexOf('.') + 1) + "-" + entry.number());
        return button;
    }

    private void callNext() {
        QueueSessionRef shown = session.getValue();
        if (shown != null) {
            run(() -> queue.callNext(shown.id()).ifPresentOrElse(
                    called -> Notification.show(getTranslation("queue.staff.called", called.number())),
                    () -> Notification.show(getTranslation("queue.staff.empty"))));
        }
    }

    private void handOut() {
        QueueSessionRef shown = session.getValue();
        if (shown != null) {
            run(() -> Notification.show(getTranslation("queue.staff.handedOut",
                    queue.handOut(shown.id(), QueueNeeds.NONE).number())));
        }
    }

    private void run(Runnable change) {
        try {
            change.run();
        } catch (UserFacingException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.args()));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.staff.title") + " – " + getTranslation("app.name");
    }
}
