package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import de.lokalwillkommen.base.ui.StaffMenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The booking feature's entries in the staff navigation, in the order of a working day. */
@Configuration
class StaffBookingMenu {

    @Bean
    StaffMenuEntry staffAgendaEntry() {
        return new StaffMenuEntry(10, "agenda.title", VaadinIcon.CALENDAR_USER, AgendaView.class, false);
    }

    @Bean
    StaffMenuEntry staffWalkInEntry() {
        return new StaffMenuEntry(20, "walkin.title", VaadinIcon.USER_CHECK, WalkInLogView.class, false);
    }

    @Bean
    StaffMenuEntry staffSessionsEntry() {
        return new StaffMenuEntry(30, "session.title", VaadinIcon.CLOCK, SessionsView.class, false);
    }

    @Bean
    StaffMenuEntry staffScheduleEntry() {
        return new StaffMenuEntry(40, "schedule.title", VaadinIcon.CALENDAR, ScheduleView.class, false);
    }
}
