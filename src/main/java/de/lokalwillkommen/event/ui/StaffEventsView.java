package de.lokalwillkommen.event.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.security.CurrentStaff;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.booking.ui.StaffOfficePicker;
import de.lokalwillkommen.event.EventForm;
import de.lokalwillkommen.event.EventService;
import de.lokalwillkommen.event.EventSummary;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OfficeService;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/** An office's team publishes, changes and cancels its events; only for its own offices. */
@Route(value = "staff/events", layout = StaffLayout.class)
@PermitAll
public class StaffEventsView extends Composite<VerticalLayout> implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final Languages languages;
    private final StaffOfficePicker picker;
    private final Div list = new Div();
    private @Nullable OfficeRef office;

    public StaffEventsView(EventService events, OfficeService offices, CurrentStaff currentStaff, Languages languages) {
        this.events = events;
        this.languages = languages;
        this.picker = new StaffOfficePicker(currentStaff, offices);
        picker.onChoice(chosen -> StaffOfficePicker.navigate(StaffEventsView.class, chosen.id()));
        Button create = new Button(getTranslation("event.staff.new"), e -> openNew());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        list.addClassName("lw-contact-staff-events");
        getContent().addClassName("lw-staff-page");
        getContent().add(new H1(getTranslation("event.staff.title")), picker, create, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Runnable noOffice = () -> list.add(new Paragraph(getTranslation("agenda.noOffice")));
        picker.enter(event, StaffEventsView.class, noOffice).ifPresent(chosen -> {
            office = chosen;
            refresh();
        });
    }

    private void refresh() {
        list.removeAll();
        if (office == null) {
            return;
        }
        long officeId = office.id();
        var upcoming = events.upcoming(officeId);
        if (upcoming.isEmpty()) {
            list.add(new Paragraph(getTranslation("event.none")));
        }
        for (EventSummary event : upcoming) {
            Div row = new Div(new EventCard(event, languages, false));
            if (!event.cancelled()) {
                row.add(new Button(getTranslation("event.staff.edit"), e -> openExisting(officeId, event.id())),
                        new Button(getTranslation("event.staff.cancel"), e -> cancel(officeId, event.id())));
            }
            list.add(row);
        }
    }

    private void openNew() {
        if (office != null) {
            EventForm form = new EventForm();
            form.setOfficeId(office.id());
            new EventFormDialog(events, form, languages, this::refresh).open();
        }
    }

    private void openExisting(long officeId, long id) {
        new EventFormDialog(events, events.edit(officeId, id), languages, this::refresh).open();
    }

    private void cancel(long officeId, long id) {
        events.cancel(officeId, id);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("event.staff.title") + " – " + getTranslation("app.name");
    }
}
