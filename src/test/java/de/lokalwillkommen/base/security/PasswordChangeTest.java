package de.lokalwillkommen.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.security.ui.ChangePasswordView;
import de.lokalwillkommen.base.ui.StaffHomeView;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

class PasswordChangeTest extends GermanUiTest {

    static final String TEMPORARY = "temporary-password-1";

    @Autowired
    StaffAccounts accounts;

    @BeforeEach
    void aColleagueWithATemporaryPassword() {
        if (!accounts.exists("neu1")) {
            accounts.create("neu1", "Neue Kollegin", TEMPORARY, StaffRole.STAFF, Set.of());
            accounts.requirePasswordChange("neu1");
        }
    }

    private PasswordField field(String label) {
        return $(PasswordField.class).all().stream().filter(f -> label.equals(f.getLabel())).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails(value = "neu1", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anAccountWithATemporaryPasswordIsSentToChangeItAndThenWorksNormally() {
        navigate("staff", ChangePasswordView.class);
        test(field("Bisheriges Passwort")).setValue(TEMPORARY);
        test(field("Neues Passwort")).setValue("ein-langes-eigenes-passwort");
        test(field("Neues Passwort wiederholen")).setValue("ein-langes-eigenes-passwort");
        test($(Button.class).all().stream().filter(b -> "Passwort speichern".equals(b.getText())).findFirst().orElseThrow()).click();
        assertThat(getCurrentView()).isInstanceOf(StaffHomeView.class);
        navigate(StaffHomeView.class);
        assertThat(getCurrentView()).isInstanceOf(StaffHomeView.class);
    }

    @Test
    void refusesAWrongCurrentPasswordAShortOneAndTheSameOne() {
        long id = accounts.create("neu2", "Neuer Kollege", TEMPORARY, StaffRole.STAFF, Set.of());
        accounts.requirePasswordChange("neu2");
        assertThatThrownBy(() -> accounts.changePassword(id, "wrong", "ein-langes-eigenes-passwort"))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("password.error.current");
        assertThatThrownBy(() -> accounts.changePassword(id, TEMPORARY, "kurz"))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("password.error.short");
        assertThatThrownBy(() -> accounts.changePassword(id, TEMPORARY, TEMPORARY))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("password.error.same");
        assertThat(accounts.mustChangePassword(id)).isTrue();
    }
}
