package de.lokalwillkommen.message.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.security.StaffRole;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.message.ConversationService;
import de.lokalwillkommen.message.MessageService;
import jakarta.annotation.security.RolesAllowed;

/** The coordination's own inbox: reports of accessibility barriers, which concern no single office. */
@Route(value = "staff/messages/coordination", layout = StaffLayout.class)
@RolesAllowed(StaffRole.ADMIN_NAME)
public class CoordinationInboxView extends Composite<VerticalLayout> implements HasDynamicTitle {

    public CoordinationInboxView(MessageService messages, ConversationService conversations, Languages languages) {
        MessageList list = new MessageList(messages, conversations, languages);
        getContent().addClassName("lw-staff-page");
        getContent().add(new H1(getTranslation("message.coordination.title")),
                new Paragraph(getTranslation("message.coordination.intro")), list.filter(), list);
        list.show(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("message.coordination.title") + " – " + getTranslation("app.name");
    }
}
