package de.lokalwillkommen.event.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import de.lokalwillkommen.base.ui.StaffMenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class EventMenu {

    @Bean
    StaffMenuEntry staffEventsEntry() {
        return new StaffMenuEntry(50, "event.staff.title", VaadinIcon.GROUP, StaffEventsView.class, false);
    }
}
