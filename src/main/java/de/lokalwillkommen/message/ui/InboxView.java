package de.lokalwillkommen.message.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.security.CurrentStaff;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.booking.ui.StaffOfficePicker;
import de.lokalwillkommen.message.ConversationService;
import de.lokalwillkommen.message.MessageService;
import de.lokalwillkommen.office.OfficeService;
import jakarta.annotation.security.PermitAll;

/**
 * The messages of one office, newest first, filtered by state; a row opens the message. STAFF see and
 * choose only their own offices (the office is in the URL, {@code ?office=}), the coordination all.
 */
@Route(value = "staff/messages", layout = StaffLayout.class)
@PermitAll
public class InboxView extends Composite<VerticalLayout> implements BeforeEnterObserver, HasDynamicTitle {

    private final StaffOfficePicker picker;
    private final MessageList list;

    public InboxView(MessageService messages, ConversationService conversations, OfficeService offices, CurrentStaff currentStaff, Languages languages) {
        this.picker = new StaffOfficePicker(currentStaff, offices);
        this.list = new MessageList(messages, conversations, languages);
        picker.onChoice(chosen -> StaffOfficePicker.navigate(InboxView.class, chosen.id()));
        HorizontalLayout bar = new HorizontalLayout(picker, list.filter());
        bar.addClassName("lw-contact-inbox-bar");
        getContent().addClassName("lw-staff-page");
        getContent().add(new H1(getTranslation("message.inbox.title")), bar, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Runnable noOffice = () -> getContent().add(new Paragraph(getTranslation("agenda.noOffice")));
        picker.enter(event, InboxView.class, noOffice).ifPresent(chosen -> list.show(chosen.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("message.inbox.title") + " – " + getTranslation("app.name");
    }
}
