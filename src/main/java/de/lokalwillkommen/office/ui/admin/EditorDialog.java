package de.lokalwillkommen.office.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import de.lokalwillkommen.base.UserFacingException;
import java.util.function.Consumer;

/**
 * Shows a form in a dialog. On save, a refusal from the service (duplicate, changed meanwhile) is
 * shown in the user's language and the dialog stays open with everything typed still there.
 */
class EditorDialog<F> extends Dialog {

    private final EditableForm<F> form;
    private final Consumer<F> save;
    private final Runnable saved;

    EditorDialog(String title, EditableForm<F> form, Consumer<F> save, Runnable saved) {
        this.form = form;
        this.save = save;
        this.saved = saved;
        setHeaderTitle(title);
        add(form.component());
        Button saveButton = new Button(getTranslation("action.save"), e -> trySave());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, saveButton);
    }

    void open(F value) {
        form.edit(value);
        open();
    }

    private void trySave() {
        form.validated().ifPresent(value -> {
            try {
                save.accept(value);
                close();
                saved.run();
                Notification.show(getTranslation("action.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserFacingException refusal) {
                Notification.show(getTranslation(refusal.messageKey(), refusal.args()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
    }
}
