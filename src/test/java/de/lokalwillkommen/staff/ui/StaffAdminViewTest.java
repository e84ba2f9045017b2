package de.lokalwillkommen.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.base.security.StaffAccounts.StaffAccountView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("koordination")
class StaffAdminViewTest extends GermanUiTest {

    @org.springframework.beans.factory.annotation.Autowired
    de.lokalwillkommen.base.security.StaffAccounts accounts;

    @Test
    @SuppressWarnings("unchecked")
    void theCoordinationSeesEveryAccountWithRoleOfficesAndState() {
        navigate(StaffAdminView.class);
        Grid<StaffAccountView> grid = $(Grid.class).single();
        assertThat(grid.getGenericDataView().getItems().map(StaffAccountView::username))
                .contains("koordination", "brackel", "westerfilde");
    }

    @Test
    void creatingAnAccountWithACommonPasswordSaysWhy() {
        navigate(StaffAdminView.class);
        test($(com.vaadin.flow.component.button.Button.class).withText("Neues Konto").single()).click();
        StaffAccountDialog dialog = $(StaffAccountDialog.class).single();
        test(dialog.username).setValue("neues-team");
        test(dialog.displayName).setValue("Neues Team");
        dialog.offices.setValue(java.util.Set.of(dialog.offices.getListDataView().getItem(0)));
        test(dialog.password).setValue("Passwort2024!!");
        test($(com.vaadin.flow.component.button.Button.class, dialog).withText("Speichern").single()).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(accounts.exists("neues-team")).isFalse();

        test(dialog.password).setValue("Hellweg-Kaffee-2026");
        test($(com.vaadin.flow.component.button.Button.class, dialog).withText("Speichern").single()).click();
        assertThat(accounts.exists("neues-team")).isTrue();
    }
}
