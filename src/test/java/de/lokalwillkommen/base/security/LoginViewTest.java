package de.lokalwillkommen.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.login.LoginForm;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.base.security.ui.LoginView;
import de.lokalwillkommen.base.ui.StaffHomeView;
import de.lokalwillkommen.office.ui.admin.OfficeAdminView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class LoginViewTest extends GermanUiTest {

    @Test
    void showsATranslatedLoginFormThatPostsToSpringSecurity() {
        navigate(LoginView.class);
        LoginForm form = $view(LoginForm.class).single();
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("Anmeldung für Mitarbeitende");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void anAnonymousVisitorOfAStaffPageEndsAtTheLogin() {
        navigate("staff", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithUserDetails("brackel")
    void staffReachTheirHomePage() {
        navigate(StaffHomeView.class);
        assertThat(getCurrentView()).isInstanceOf(StaffHomeView.class);
    }

    @Test
    @WithUserDetails("brackel")
    void staffCannotOpenTheAdminViews() {
        // Vaadin reroutes a signed-in person without the role to "not found"; browserless reports that
        // the navigation did not end at the requested view.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> navigate(OfficeAdminView.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OfficeAdminView");
        assertThat(getCurrentView()).isNotInstanceOf(OfficeAdminView.class);
    }
}
