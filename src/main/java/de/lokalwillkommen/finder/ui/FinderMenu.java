package de.lokalwillkommen.finder.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import de.lokalwillkommen.base.ui.StaffMenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class FinderMenu {

    @Bean
    StaffMenuEntry streetImportEntry() {
        return new StaffMenuEntry(130, "finder.import.title", VaadinIcon.ROAD, StreetImportView.class, true);
    }
}
