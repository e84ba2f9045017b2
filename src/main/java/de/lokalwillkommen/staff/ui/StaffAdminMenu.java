package de.lokalwillkommen.staff.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import de.lokalwillkommen.base.ui.StaffMenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class StaffAdminMenu {

    @Bean
    StaffMenuEntry staffAdminEntry() {
        return new StaffMenuEntry(820, "staffadmin.title", VaadinIcon.USERS, StaffAdminView.class, true);
    }

    @Bean
    StaffMenuEntry sharedNetworksEntry() {
        return new StaffMenuEntry(825, "sharednetwork.title", VaadinIcon.CLUSTER, SharedNetworksView.class, true);
    }
}
