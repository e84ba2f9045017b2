package de.lokalwillkommen.audit.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import de.lokalwillkommen.base.ui.StaffMenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AuditMenu {

    @Bean
    StaffMenuEntry auditLogEntry() {
        return new StaffMenuEntry(830, "audit.title", VaadinIcon.EYE, AuditLogView.class, true);
    }
}
