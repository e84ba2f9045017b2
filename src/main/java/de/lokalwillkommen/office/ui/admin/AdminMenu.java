package de.lokalwillkommen.office.ui.admin;

import com.vaadin.flow.component.icon.VaadinIcon;
import de.lokalwillkommen.base.ui.StaffMenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AdminMenu {

    @Bean
    StaffMenuEntry officeAdminEntry() {
        return new StaffMenuEntry(100, "admin.offices.title", VaadinIcon.BUILDING, OfficeAdminView.class, true);
    }

    @Bean
    StaffMenuEntry venueAdminEntry() {
        return new StaffMenuEntry(110, "admin.venues.title", VaadinIcon.MAP_MARKER, VenueAdminView.class, true);
    }

    @Bean
    StaffMenuEntry organisationAdminEntry() {
        return new StaffMenuEntry(120, "admin.organisations.title", VaadinIcon.HANDSHAKE, OrganisationAdminView.class, true);
    }
}
