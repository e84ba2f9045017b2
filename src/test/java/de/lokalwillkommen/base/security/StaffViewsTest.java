package de.lokalwillkommen.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.base.ui.StaffHomeView;
import de.lokalwillkommen.office.ui.admin.OfficeAdminView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Signed-in staff and their views; the sign-in page itself is plain HTML ({@code SignInPageTest}). */
class StaffViewsTest extends GermanUiTest {

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
