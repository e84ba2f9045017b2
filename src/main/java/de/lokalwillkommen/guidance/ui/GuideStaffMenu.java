package de.lokalwillkommen.guidance.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import de.lokalwillkommen.base.ui.StaffMenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The guide's entry in the staff navigation: the translation matrix. */
@Configuration
class GuideStaffMenu {

    @Bean
    StaffMenuEntry staffGuideEntry() {
        return new StaffMenuEntry(60, "guide.staff.menu", VaadinIcon.BOOK, GuideMatrixView.class, false);
    }
}
