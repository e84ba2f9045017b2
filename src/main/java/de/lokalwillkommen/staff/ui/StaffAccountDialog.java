package de.lokalwillkommen.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.security.PasswordPolicy;
import de.lokalwillkommen.base.security.StaffAccounts;
import de.lokalwillkommen.base.security.StaffAccounts.StaffAccountView;
import de.lokalwillkommen.base.security.StaffRole;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Creating an account (with a temporary password) or administering one (role, offices, sign-in, password). */
class StaffAccountDialog extends Dialog {

    private final StaffAccounts accounts;
    private final @Nullable StaffAccountView account;
    private final long me;
    private final Runnable done;
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final Select<StaffRole> role = new Select<>();
    final MultiSelectComboBox<Long> offices = new MultiSelectComboBox<>();
    final Checkbox active = new Checkbox();
    final PasswordField password = new PasswordField();

    StaffAccountDialog(StaffAccounts accounts, Map<Long, String> officeNames, @Nullable StaffAccountView account,
            long me, Runnable done) {
        this.accounts = accounts;
        this.account = account;
        this.me = me;
        this.done = done;
        setHeaderTitle(getTranslation(account == null ? "staffadmin.new" : "staffadmin.edit.title"));
        username.setLabel(getTranslation("staffadmin.username"));
        displayName.setLabel(getTranslation("staffadmin.displayName"));
        role.setLabel(getTranslation("staffadmin.role"));
        role.setItems(StaffRole.values());
        role.setItemLabelGenerator(r -> getTranslation("staffadmin.role." + r.name()));
        offices.setLabel(getTranslation("staffadmin.offices"));
        offices.setItems(officeNames.keySet().stream().sorted((a, b) -> officeNames.get(a).compareTo(officeNames.get(b)))
                .toList());
        offices.setItemLabelGenerator(id -> officeNames.getOrDefault(id, "#" + id));
        active.setLabel(getTranslation("staffadmin.maySignIn"));
        password.setLabel(getTranslation(account == null ? "staffadmin.temporaryPassword" : "staffadmin.newTemporaryPassword"));
        password.setHelperText(getTranslation("staffadmin.password.rule", PasswordPolicy.MIN_LENGTH));
        role.addValueChangeListener(e -> offices.setEnabled(e.getValue() == StaffRole.STAFF));
        FormLayout form = new FormLayout();
        if (account == null) {
            role.setValue(StaffRole.STAFF);
            form.add(username, displayName, role, offices, password);
        } else {
            displayName.setValue(account.displayName());
            role.setValue(account.role());
            offices.setValue(new HashSet<>(account.officeIds()));
            active.setValue(account.active());
            form.add(displayName, role, offices, active);
        }
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        if (account != null) {
            Button reset = new Button(getTranslation("staffadmin.setPassword"), e -> resetPassword());
            Button force = new Button(getTranslation("staffadmin.forceChange"), e -> attempt(() ->
                    accounts.forcePasswordChange(account.id()), "staffadmin.forced"));
            add(new FormLayout(password), reset, force);
        }
    }

    private void save() {
        Set<Long> chosen = offices.getValue();
        if (account == null) {
            attempt(() -> accounts.createByAdmin(username.getValue(), displayName.getValue(), password.getValue(),
                    role.getValue(), chosen), "staffadmin.created");
        } else {
            attempt(() -> accounts.administer(account.id(), account.version(), displayName.getValue(), role.getValue(),
                    chosen, active.getValue(), me), "action.saved");
        }
    }

    private void resetPassword() {
        if (account != null) {
            attempt(() -> accounts.resetPassword(account.id(), password.getValue()), "staffadmin.passwordSet");
        }
    }

    private void attempt(Runnable action, String successKey) {
        try {
            action.run();
            Notification.show(getTranslation(successKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.run();
            close();
        } catch (UserFacingException refusal) {
            Notification.show(getTranslation(refusal.messageKey(), refusal.args()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
