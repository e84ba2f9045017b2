package de.lokalwillkommen.figures.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import de.lokalwillkommen.base.ui.StaffMenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class FiguresMenu {

    @Bean
    StaffMenuEntry figuresEntry() {
        return new StaffMenuEntry(60, "figures.title", VaadinIcon.BAR_CHART, FiguresView.class, false);
    }
}
