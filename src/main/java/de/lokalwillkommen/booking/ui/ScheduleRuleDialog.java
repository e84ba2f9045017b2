package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.booking.ScheduleRuleForm;
import de.lokalwillkommen.booking.SessionView;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Edits a rule in a dialog. A refusal from the service is shown and the dialog stays open with everything
 * typed; after a save, the caller learns which booked sessions no longer fit.
 */
class ScheduleRuleDialog extends Dialog {

    private final ScheduleRuleEditor editor;
    private final Function<ScheduleRuleForm, List<SessionView>> save;
    private final Consumer<List<SessionView>> saved;

    ScheduleRuleDialog(ScheduleRuleEditor editor, ScheduleRuleForm rule,
            Function<ScheduleRuleForm, List<SessionView>> save, Consumer<List<SessionView>> saved) {
        this.editor = editor;
        this.save = save;
        this.saved = saved;
        setHeaderTitle(getTranslation(rule.isOneOff() ? "schedule.rule.oneOffTitle" : "schedule.rule.weeklyTitle"));
        editor.edit(rule);
        add(editor);
        Button saveButton = new Button(getTranslation("action.save"), e -> trySave());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), saveButton);
    }

    private void trySave() {
        editor.validated().ifPresent(rule -> {
            try {
                List<SessionView> conflicts = save.apply(rule);
                close();
                StaffNotices.done(this, "action.saved");
                saved.accept(conflicts);
            } catch (UserFacingException refusal) {
                StaffNotices.refused(this, refusal);
            }
        });
    }
}
