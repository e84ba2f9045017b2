package de.lokalwillkommen.message.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import de.lokalwillkommen.base.ui.StaffMenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class MessageMenu {

    @Bean
    StaffMenuEntry inboxEntry() {
        return new StaffMenuEntry(15, "message.inbox.title", VaadinIcon.ENVELOPE, InboxView.class, false);
    }

    @Bean
    StaffMenuEntry coordinationInboxEntry() {
        return new StaffMenuEntry(16, "message.coordination.title", VaadinIcon.EXCLAMATION_CIRCLE_O,
                CoordinationInboxView.class, true);
    }
}
