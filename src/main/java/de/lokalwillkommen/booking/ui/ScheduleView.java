package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.security.CurrentStaff;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.booking.HolidayCalendar;
import de.lokalwillkommen.booking.ScheduleRuleForm;
import de.lokalwillkommen.booking.ScheduleService;
import de.lokalwillkommen.booking.SessionView;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OfficeService;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The office's consultation calendar: its rules (weekly, every N weeks, one-off), closures, the public
 * holidays it skips, and its booking settings. Each change re-plans the sessions at once.
 */
@Route(value = "staff/schedule", layout = StaffLayout.class)
@PermitAll
public class ScheduleView extends Composite<VerticalLayout> implements BeforeEnterObserver, HasDynamicTitle {

    private final ScheduleService schedule;
    private final OfficeService offices;
    private final Languages languages;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final StaffOfficePicker picker;
    private final Div rules = new Div();
    private final ScheduleClosures closures;
    private final ScheduleSettingsForm settings;
    private @Nullable OfficeRef office;
    private Map<Long, String> venues = Map.of();

    public ScheduleView(ScheduleService schedule, OfficeService offices, CurrentStaff currentStaff,
            Languages languages, HolidayCalendar holidays, MunicipalityProperties municipality, Clock clock) {
        this.schedule = schedule;
        this.offices = offices;
        this.languages = languages;
        this.municipality = municipality;
        this.clock = clock;
        this.picker = new StaffOfficePicker(currentStaff, offices);
        this.closures = new ScheduleClosures(schedule, holidays, this::changed);
        this.settings = new ScheduleSettingsForm(schedule, this::changed);
        picker.onChoice(chosen -> show(chosen.id()));
        Button weekly = new Button(getTranslation("schedule.rule.newWeekly"), VaadinIcon.PLUS.create(),
                e -> open(newRule(false)));
        Button oneOff = new Button(getTranslation("schedule.rule.newOneOff"), VaadinIcon.PLUS.create(),
                e -> open(newRule(true)));
        Div ruleActions = new Div(weekly, oneOff);
        ruleActions.addClassName("lw-card-actions");
        rules.addClassName("lw-agenda-list");
        getContent().addClassName("lw-staff-page");
        getContent().add(new H1(getTranslation("schedule.title")), picker,
                new H2(getTranslation("schedule.rules")), new Paragraph(getTranslation("schedule.rules.text")),
                ruleActions, rules, new H2(getTranslation("schedule.closures")), closures,
                new H2(getTranslation("schedule.settings")), settings);
    }

    /** Typed navigation: the schedule of an office. */
    static void show(long officeId) {
        StaffOfficePicker.navigate(ScheduleView.class, officeId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        picker.enter(event, ScheduleView.class, () -> {
            getContent().removeAll();
            getContent().add(new Paragraph(getTranslation("agenda.noOffice")));
        }).ifPresent(chosen -> {
            office = chosen;
            refresh();
        });
    }

    private void refresh() {
        OfficeRef current = current();
        venues = new LinkedHashMap<>();
        offices.venuesOf(current.id()).forEach(v -> venues.put(v.id(), v.name()));
        rules.removeAll();
        List<ScheduleRuleForm> all = schedule.rules(current.id());
        if (all.isEmpty()) {
            rules.add(new Paragraph(getTranslation("schedule.rules.none")));
        }
        for (ScheduleRuleForm rule : all) {
            String where = rule.getVenueId() == null ? current.name()
                    : venues.getOrDefault(rule.getVenueId(), current.name());
            rules.add(new ScheduleRuleCard(rule, where, languages, () -> open(rule), () -> confirmDelete(rule)));
        }
        closures.show(current.id(), today());
        settings.show(current.id());
    }

    private ScheduleRuleForm newRule(boolean oneOff) {
        ScheduleRuleForm rule = new ScheduleRuleForm();
        rule.setOfficeId(current().id());
        rule.setOneOff(oneOff);
        rule.setValidFrom(today());
        rule.setOnDate(oneOff ? today().plusDays(7) : null);
        rule.setLanguages(new java.util.LinkedHashSet<>(List.of(languages.source().code())));
        return rule;
    }

    private void open(ScheduleRuleForm rule) {
        new ScheduleRuleDialog(new ScheduleRuleEditor(languages, venues, current().name()), rule, schedule::saveRule,
                this::changed).open();
    }

    private void confirmDelete(ScheduleRuleForm rule) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("schedule.rule.delete"));
        confirm.setText(getTranslation("schedule.rule.delete.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("schedule.rule.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> StaffNotices.attempt(this,
                () -> changed(schedule.deleteRule(current().id(), rule.getId()))));
        confirm.open();
    }

    /** After every change: show the new state, and the booked sessions that no longer fit, if any. */
    private void changed(List<SessionView> conflicts) {
        refresh();
        if (!conflicts.isEmpty()) {
            new ScheduleConflictsDialog(conflicts, schedule, languages, venues, current().name()).open();
        }
    }

    private OfficeRef current() {
        return Optional.ofNullable(office).orElseThrow();
    }

    private LocalDate today() {
        return municipality.now(clock).toLocalDate();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schedule.title") + " – " + getTranslation("app.name");
    }
}
