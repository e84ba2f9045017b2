package de.lokalwillkommen.waitlist.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import de.lokalwillkommen.base.ui.StaffMenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The waitlist in the staff navigation, after the agenda and walk-ins. */
@Configuration
class StaffWaitlistMenu {

    @Bean
    StaffMenuEntry staffWaitlistEntry() {
        return new StaffMenuEntry(25, "waitlist.staff.title", VaadinIcon.HOURGLASS, StaffWaitlistView.class, false);
    }
}
