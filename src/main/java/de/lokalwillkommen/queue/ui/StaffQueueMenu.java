package de.lokalwillkommen.queue.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import de.lokalwillkommen.base.ui.StaffMenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The walk-in queue in the staff navigation, next to the walk-in log. */
@Configuration
class StaffQueueMenu {

    @Bean
    StaffMenuEntry staffQueueEntry() {
        return new StaffMenuEntry(23, "queue.staff.title", VaadinIcon.TICKET, StaffQueueView.class, false);
    }
}
