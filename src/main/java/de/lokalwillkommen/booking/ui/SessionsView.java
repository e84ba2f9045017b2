package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.security.CurrentStaff;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.booking.ScheduleService;
import de.lokalwillkommen.booking.SessionView;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OfficeService;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The office's upcoming sessions, day by day, with how full they are; a session can be cancelled here. */
@Route(value = "staff/sessions", layout = StaffLayout.class)
@PermitAll
public class SessionsView extends Composite<VerticalLayout> implements BeforeEnterObserver, HasDynamicTitle {

    private final ScheduleService schedule;
    private final OfficeService offices;
    private final Languages languages;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final StaffOfficePicker picker;
    private final Div list = new Div();
    private @Nullable OfficeRef office;

    public SessionsView(ScheduleService schedule, OfficeService offices, CurrentStaff currentStaff,
            Languages languages, MunicipalityProperties municipality, Clock clock) {
        this.schedule = schedule;
        this.offices = offices;
        this.languages = languages;
        this.municipality = municipality;
        this.clock = clock;
        this.picker = new StaffOfficePicker(currentStaff, offices);
        picker.onChoice(chosen -> show(chosen.id()));
        list.addClassName("lw-agenda-list");
        getContent().addClassName("lw-staff-page");
        getContent().add(new H1(getTranslation("session.title")), picker,
                new Paragraph(getTranslation("session.intro")), list);
    }

    /** Typed navigation: the sessions of an office. */
    static void show(long officeId) {
        StaffOfficePicker.navigate(SessionsView.class, officeId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Runnable noOffice = () -> list.add(new Paragraph(getTranslation("agenda.noOffice")));
        picker.enter(event, SessionsView.class, noOffice).ifPresent(chosen -> {
            office = chosen;
            refresh();
        });
    }

    private void refresh() {
        OfficeRef current = Optional.ofNullable(office).orElseThrow();
        LocalDateTime now = municipality.now(clock);
        LocalDate today = now.toLocalDate();
        int horizon = schedule.settings(current.id()).horizonDays();
        List<SessionView> sessions = schedule.sessions(current.id(), today, today.plusDays(horizon));
        Map<Long, String> venues = offices.venuesOf(current.id()).stream()
                .collect(Collectors.toMap(v -> v.id(), v -> v.name()));
        list.removeAll();
        if (sessions.isEmpty()) {
            list.add(new Paragraph(getTranslation("session.none")));
            return;
        }
        Map<LocalDate, List<SessionView>> byDay = sessions.stream()
                .collect(Collectors.groupingBy(s -> s.start().toLocalDate(), TreeMap::new, Collectors.toList()));
        byDay.forEach((day, ofDay) -> {
            Div heading = new Div(StaffFormat.day(this, day));
            heading.addClassName("lw-day-heading");
            list.add(heading);
            for (SessionView session : ofDay) {
                String where = session.venueId() == null ? current.name()
                        : venues.getOrDefault(session.venueId(), current.name());
                Optional<Runnable> cancel = session.cancelled() || session.start().isBefore(now) ? Optional.empty()
                        : Optional.of(() -> SessionCancelling.start(this, schedule, languages, session, this::refresh));
                list.add(new SessionCard(session, where, languages, false, cancel));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("session.title") + " – " + getTranslation("app.name");
    }
}
