package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import de.lokalwillkommen.booking.ClosureView;
import de.lokalwillkommen.booking.HolidayCalendar;
import de.lokalwillkommen.booking.ScheduleService;
import de.lokalwillkommen.booking.SessionView;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Days the office is closed (holidays of the team, a closed building), and the public holidays of the
 * coming weeks, which need no entry: the schedule skips them by itself.
 */
class ScheduleClosures extends Composite<Div> {

    static final int REASON_MAX = 200;
    /** How far ahead the computed holidays are listed. */
    static final int HOLIDAY_DAYS = 90;

    private final ScheduleService schedule;
    private final HolidayCalendar holidays;
    private final Consumer<List<SessionView>> conflicts;
    private final Div closures = new Div();
    private final UnorderedList holidayList = new UnorderedList();
    private final DatePicker from = StaffFormat.localised(new DatePicker());
    private final DatePicker to = StaffFormat.localised(new DatePicker());
    private final TextField reason = new TextField();
    private long officeId;

    ScheduleClosures(ScheduleService schedule, HolidayCalendar holidays, Consumer<List<SessionView>> conflicts) {
        this.schedule = schedule;
        this.holidays = holidays;
        this.conflicts = conflicts;
        from.setLabel(getTranslation("schedule.closure.from"));
        to.setLabel(getTranslation("schedule.closure.to"));
        to.setHelperText(getTranslation("schedule.closure.to.help"));
        reason.setLabel(getTranslation("schedule.closure.reason"));
        reason.setMaxLength(REASON_MAX);
        Button add = new Button(getTranslation("schedule.closure.add"), VaadinIcon.PLUS.create(), e -> add());
        Div form = new Div(from, to, reason, add);
        form.addClassName("lw-staff-toolbar");
        closures.addClassName("lw-agenda-list");
        getContent().add(closures, form, new H3(getTranslation("schedule.holidays")),
                new Paragraph(getTranslation("schedule.holidays.text")), holidayList);
    }

    void show(long office, LocalDate today) {
        this.officeId = office;
        closures.removeAll();
        List<ClosureView> current = schedule.closures(office);
        if (current.isEmpty()) {
            closures.add(new Paragraph(getTranslation("schedule.closure.none")));
        }
        current.forEach(closure -> closures.add(row(closure)));
        holidayList.removeAll();
        today.datesUntil(today.plusDays(HOLIDAY_DAYS)).forEach(day -> holidays.holiday(day).ifPresent(name ->
                holidayList.add(new ListItem(StaffFormat.day(this, day) + " · " + name))));
        from.setMin(today);
        to.setMin(today);
    }

    private Div row(ClosureView closure) {
        String days = closure.from().equals(closure.to()) ? StaffFormat.day(this, closure.from())
                : StaffFormat.date(this, closure.from()) + " – " + StaffFormat.date(this, closure.to());
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove(closure));
        remove.setAriaLabel(getTranslation("schedule.closure.remove"));
        remove.setTooltipText(getTranslation("schedule.closure.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        Div row = new Div(new Span(days + " · " + closure.reason()), remove);
        row.addClassNames("lw-card-line", "lw-closure");
        return row;
    }

    private void add() {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue() == null ? first : to.getValue();
        from.setInvalid(first == null);
        from.setErrorMessage(getTranslation("validation.required"));
        to.setInvalid(first != null && last.isBefore(first));
        to.setErrorMessage(getTranslation("schedule.error.closureTo"));
        reason.setInvalid(reason.getValue().isBlank());
        reason.setErrorMessage(getTranslation("validation.required"));
        if (from.isInvalid() || to.isInvalid() || reason.isInvalid()) {
            return;
        }
        if (StaffNotices.attempt(this, () -> conflicts.accept(schedule.addClosure(officeId, first, last,
                reason.getValue())))) {
            from.clear();
            to.clear();
            reason.clear();
            StaffNotices.done(this, "schedule.closure.added");
        }
    }

    private void remove(ClosureView closure) {
        if (StaffNotices.attempt(this, () -> conflicts.accept(schedule.removeClosure(officeId, closure.id())))) {
            StaffNotices.done(this, "schedule.closure.removed");
        }
    }
}
