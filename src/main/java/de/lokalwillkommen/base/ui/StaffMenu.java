package de.lokalwillkommen.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import de.lokalwillkommen.base.security.ui.ChangePasswordView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class StaffMenu {

    @Bean
    StaffMenuEntry staffHomeEntry() {
        return new StaffMenuEntry(0, "staff.home.pageTitle", VaadinIcon.HOME, StaffHomeView.class, false);
    }

    @Bean
    StaffMenuEntry changePasswordEntry() {
        return new StaffMenuEntry(900, "password.title", VaadinIcon.KEY, ChangePasswordView.class, false);
    }
}
