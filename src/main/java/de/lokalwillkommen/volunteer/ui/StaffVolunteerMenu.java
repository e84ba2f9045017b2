package de.lokalwillkommen.volunteer.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import de.lokalwillkommen.base.ui.StaffMenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The volunteering feature's entries in the staff navigation, after the booking pages. */
@Configuration
class StaffVolunteerMenu {

    @Bean
    StaffMenuEntry staffVolunteerQueueEntry() {
        return new StaffMenuEntry(50, "volunteer.queue.title", VaadinIcon.HANDS_UP, VolunteerQueueView.class, false);
    }

    @Bean
    StaffMenuEntry staffVolunteerNeedsEntry() {
        return new StaffMenuEntry(55, "volunteer.needs.title", VaadinIcon.CONNECT, NeedsView.class, false);
    }

    @Bean
    StaffMenuEntry staffInterpretersEntry() {
        return new StaffMenuEntry(60, "volunteer.interpreters.title", VaadinIcon.COMMENTS, InterpretersView.class, false);
    }
}
