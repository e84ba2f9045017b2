package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import de.lokalwillkommen.booking.OfficeBookingSettings;
import de.lokalwillkommen.booking.ScheduleService;
import de.lokalwillkommen.booking.SessionView;
import java.util.List;
import java.util.function.Consumer;

/** How far ahead people can book, how short-notice, and how many places stay free for walk-ins. */
class ScheduleSettingsForm extends Composite<Div> {

    static final int HORIZON_MAX = 365;
    static final int LEAD_MAX = 10080;

    private final ScheduleService schedule;
    private final Consumer<List<SessionView>> conflicts;
    private final IntegerField horizon = field("schedule.settings.horizon", 1, HORIZON_MAX);
    private final IntegerField lead = field("schedule.settings.lead", 0, LEAD_MAX);
    private final IntegerField walkInShare = field("schedule.settings.walkInShare", 0, 100);
    private long officeId;

    ScheduleSettingsForm(ScheduleService schedule, Consumer<List<SessionView>> conflicts) {
        this.schedule = schedule;
        this.conflicts = conflicts;
        horizon.setHelperText(getTranslation("schedule.settings.horizon.help"));
        lead.setHelperText(getTranslation("schedule.settings.lead.help"));
        walkInShare.setHelperText(getTranslation("schedule.settings.walkInShare.help"));
        Button save = new Button(getTranslation("action.save"), e -> save());
        Div fields = new Div(horizon, lead, walkInShare, save);
        fields.addClassName("lw-staff-toolbar");
        getContent().add(fields);
    }

    void show(long office) {
        this.officeId = office;
        OfficeBookingSettings settings = schedule.settings(office);
        horizon.setValue(settings.horizonDays());
        lead.setValue(settings.leadMinutes());
        walkInShare.setValue(settings.walkInSharePercent());
        List.of(horizon, lead, walkInShare).forEach(f -> f.setInvalid(false));
    }

    private void save() {
        boolean valid = check(horizon, 1, HORIZON_MAX) & check(lead, 0, LEAD_MAX) & check(walkInShare, 0, 100);
        if (!valid) {
            return;
        }
        OfficeBookingSettings changed = new OfficeBookingSettings(officeId, horizon.getValue(), lead.getValue(),
                walkInShare.getValue());
        if (StaffNotices.attempt(this, () -> conflicts.accept(schedule.saveSettings(changed)))) {
            StaffNotices.done(this, "action.saved");
        }
    }

    private boolean check(IntegerField field, int min, int max) {
        Integer value = field.getValue();
        boolean ok = value != null && value >= min && value <= max;
        field.setInvalid(!ok);
        field.setErrorMessage(getTranslation("schedule.error.range", min, max));
        return ok;
    }

    private IntegerField field(String labelKey, int min, int max) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        return field;
    }
}
