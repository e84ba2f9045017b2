package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.security.CurrentStaff;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.HoardingService;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OfficeService;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The office's bookings of a day or a week, as cards that fit a phone on outreach. Office, date and
 * day/week are in the URL, so a page can be reloaded or sent to a colleague.
 */
@Route(value = "staff/agenda", layout = StaffLayout.class)
@PermitAll
public class AgendaView extends Composite<VerticalLayout> implements BeforeEnterObserver, HasDynamicTitle {

    static final String DATE = "date";
    static final String MODE = "mode";

    private final BookingService bookings;
    private final HoardingService hoarding;
    /** The brake's notice and grouped online bookings, when there are any (issue 13). */
    private final Div alerts = new Div();
    private final OfficeService offices;
    private final Languages languages;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final StaffOfficePicker picker;
    private final H2 period = new H2();
    private final Div list = new Div();
    private final Button day;
    private final Button week;
    private @Nullable OfficeRef office;
    private LocalDate date = LocalDate.EPOCH;
    private AgendaMode mode = AgendaMode.DAY;

    public AgendaView(BookingService bookings, HoardingService hoarding, OfficeService offices,
            CurrentStaff currentStaff, Languages languages, MunicipalityProperties municipality, Clock clock) {
        this.bookings = bookings;
        this.hoarding = hoarding;
        this.offices = offices;
        this.languages = languages;
        this.municipality = municipality;
        this.clock = clock;
        this.picker = new StaffOfficePicker(currentStaff, offices);
        picker.onChoice(chosen -> show(chosen.id(), date, mode));
        day = new Button(getTranslation("agenda.day"), e -> go(date, AgendaMode.DAY));
        week = new Button(getTranslation("agenda.week"), e -> go(date, AgendaMode.WEEK));
        Button previous = iconButton(VaadinIcon.ANGLE_LEFT, "agenda.previous", () -> go(date.minusDays(mode.step()), mode));
        Button next = iconButton(VaadinIcon.ANGLE_RIGHT, "agenda.next", () -> go(date.plusDays(mode.step()), mode));
        Button toToday = new Button(getTranslation("agenda.today"), e -> go(today(), mode));
        Button book = new Button(getTranslation("agenda.bookOnBehalf"), VaadinIcon.PLUS.create(), e -> bookOnBehalf());
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button walkIn = new Button(getTranslation("walkin.title"), VaadinIcon.USER_CHECK.create(),
                e -> office().ifPresent(o -> WalkInLogView.show(o.id())));
        Div toolbar = new Div(picker, new Div(day, week), new Div(previous, toToday, next), book, walkIn);
        toolbar.addClassName("lw-staff-toolbar");
        list.addClassName("lw-agenda-list");
        period.addClassName("lw-agenda-period");
        getContent().addClassName("lw-staff-page");
        getContent().add(new H1(getTranslation("agenda.title")), toolbar, alerts, period, list);
    }

    /** Typed navigation: the agenda of an office around a date. */
    static void show(long officeId, LocalDate date, AgendaMode mode) {
        UI.getCurrent().navigate(AgendaView.class, query(officeId, date, mode));
    }

    static QueryParameters query(long officeId, LocalDate date, AgendaMode mode) {
        return QueryParameters.simple(Map.of(StaffOfficePicker.PARAMETER, Long.toString(officeId), DATE,
                date.toString(), MODE, mode.parameter()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters asked = event.getLocation().getQueryParameters();
        Optional<OfficeRef> chosen = picker.resolve(asked);
        if (chosen.isEmpty()) {
            list.removeAll();
            list.add(new Paragraph(getTranslation("agenda.noOffice")));
            return;
        }
        LocalDate askedDate = asked.getSingleParameter(DATE).flatMap(AgendaView::parseDate).orElseGet(this::today);
        QueryParameters canonical = query(chosen.get().id(), askedDate, AgendaMode.of(asked.getSingleParameter(MODE)));
        if (!canonical.equals(asked)) {
            event.forwardTo(AgendaView.class, canonical);
            return;
        }
        office = chosen.get();
        date = askedDate;
        mode = AgendaMode.of(asked.getSingleParameter(MODE));
        picker.show(office);
        refresh();
    }

    void refresh() {
        OfficeRef current = office().orElseThrow();
        LocalDate from = mode.first(date);
        LocalDate to = mode.last(date);
        period.setText(mode == AgendaMode.DAY ? StaffFormat.day(this, date)
                : getTranslation("agenda.weekOf", StaffFormat.date(this, from), StaffFormat.date(this, to)));
        day.setThemeName(mode == AgendaMode.DAY ? "primary" : "tertiary");
        week.setThemeName(mode == AgendaMode.WEEK ? "primary" : "tertiary");
        Map<Long, String> venues = venueNames(current.id());
        AgendaBookingActions actions = new AgendaBookingActions(bookings, current.id(), venues, this::refresh,
                today());
        alerts.removeAll();
        alerts.add(new HoardingNotice(hoarding, current.id(), this::refresh));
        List<BookingDetails> items = bookings.agenda(current.id(), from, to);
        LocalDateTime now = municipality.now(clock);
        list.removeAll();
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation(mode == AgendaMode.DAY ? "agenda.emptyDay" : "agenda.emptyWeek")));
            return;
        }
        Map<LocalDate, List<BookingDetails>> byDay = items.stream()
                .collect(Collectors.groupingBy(b -> b.start().toLocalDate(), TreeMap::new, Collectors.toList()));
        byDay.forEach((when, ofDay) -> {
            if (mode == AgendaMode.WEEK) {
                Div heading = new Div(StaffFormat.day(this, when));
                heading.addClassName("lw-day-heading");
                list.add(heading);
            }
            ofDay.forEach(b -> list.add(new AgendaBookingCard(b, venues, languages, actions, now)));
        });
    }

    private void bookOnBehalf() {
        office().ifPresent(o -> new AgendaBookDialog(bookings, o.id(), languages, venueNames(o.id()),
                date.isBefore(today()) ? today() : date,
                booked -> show(o.id(), booked.start().toLocalDate(), mode)).open());
    }

    private Map<Long, String> venueNames(long officeId) {
        return offices.venuesOf(officeId).stream().collect(Collectors.toMap(v -> v.id(), v -> v.name()));
    }

    private void go(LocalDate newDate, AgendaMode newMode) {
        office().ifPresent(o -> show(o.id(), newDate, newMode));
    }

    private Optional<OfficeRef> office() {
        return Optional.ofNullable(office);
    }

    private LocalDate today() {
        return municipality.now(clock).toLocalDate();
    }

    /** Previous and next point the other way in right-to-left languages. */
    private Button iconButton(VaadinIcon icon, String labelKey, Runnable click) {
        Icon image = icon.create();
        image.addClassName("lw-flip-rtl");
        Button button = new Button(image, e -> click.run());
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static Optional<LocalDate> parseDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agenda.title") + " – " + getTranslation("app.name");
    }
}
