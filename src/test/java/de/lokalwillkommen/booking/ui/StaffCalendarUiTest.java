package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.HolidayCalendar;
import de.lokalwillkommen.booking.ScheduleService;
import de.lokalwillkommen.booking.StaffCalendarFixture;
import de.lokalwillkommen.office.OfficeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The common ground of the staff calendar's view tests: the Brackel/Aplerbeck office and its evening sessions. */
abstract class StaffCalendarUiTest extends GermanUiTest {

    @Autowired
    ScheduleService schedule;
    @Autowired
    BookingService bookings;
    @Autowired
    OfficeService offices;
    @Autowired
    HolidayCalendar holidays;
    @Autowired
    ApplicationContext beans;

    StaffCalendarFixture calendar;
    long brackel;

    @BeforeEach
    void officeAndCalendar() {
        calendar = new StaffCalendarFixture(beans);
        brackel = calendar.office("Brackel/Aplerbeck");
    }

    @AfterEach
    void removeTestSessions() {
        calendar.cleanUp(brackel);
    }

    Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    Button button(String text, Component within) {
        return find(Button.class, within).withText(text).single();
    }

    /** The visible text, without the invisible bidi isolates that keep time ranges left to right in RTL. */
    static String text(Component component) {
        return component.getElement().getTextRecursively().replaceAll("[\u2066-\u2069]", "");
    }
}
