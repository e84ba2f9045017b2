package de.lokalwillkommen.base.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.security.CurrentStaff;
import de.lokalwillkommen.base.security.StaffAccounts;
import de.lokalwillkommen.base.ui.StaffHomeView;
import de.lokalwillkommen.base.ui.StaffLayout;
import jakarta.annotation.security.PermitAll;

/** Where staff change their password; an account created with a temporary password is sent here first. */
@Route(value = "staff/password", layout = StaffLayout.class)
@PermitAll
public class ChangePasswordView extends Composite<VerticalLayout> implements HasDynamicTitle {

    private final StaffAccounts accounts;
    private final CurrentStaff currentStaff;
    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    public ChangePasswordView(StaffAccounts accounts, CurrentStaff currentStaff) {
        this.accounts = accounts;
        this.currentStaff = currentStaff;
        current.setLabel(getTranslation("password.current"));
        fresh.setLabel(getTranslation("password.new"));
        fresh.setHelperText(getTranslation("password.rule", StaffAccounts.MIN_PASSWORD_LENGTH));
        repeat.setLabel(getTranslation("password.repeat"));
        Button save = new Button(getTranslation("password.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getContent().add(new H1(getTranslation("password.title")), new Paragraph(getTranslation("password.intro")),
                new FormLayout(current, fresh, repeat), save);
    }

    private void save() {
        if (!fresh.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage(getTranslation("password.error.repeat"));
            return;
        }
        try {
            accounts.changePassword(currentStaff.get().orElseThrow().accountId(), current.getValue(), fresh.getValue());
            Notification.show(getTranslation("password.changed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(StaffHomeView.class));
        } catch (UserFacingException refusal) {
            Notification.show(getTranslation(refusal.messageKey(), refusal.args()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " – " + getTranslation("app.name");
    }
}
