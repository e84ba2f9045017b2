package de.lokalwillkommen.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.base.audit.AuditEntry;
import de.lokalwillkommen.base.audit.AuditAction;
import de.lokalwillkommen.base.security.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("koordination")
class AuditLogViewTest extends GermanUiTest {

    @Autowired
    StaffAccounts accounts;

    @Test
    @SuppressWarnings("unchecked")
    void theCoordinationSearchesTheLogByActorAndAction() {
        long westerfilde = accounts.list().stream().filter(a -> a.username().equals("westerfilde")).findFirst()
                .orElseThrow().id();
        accounts.forcePasswordChange(westerfilde);
        navigate(AuditLogView.class);
        test($(TextField.class).withLabel("Wer").single()).setValue("koord");
        ((Select<AuditAction>) $(Select.class).withLabel("Aktion").single()).setValue(AuditAction.ADMINISTER);
        test($(Button.class).withText("Suchen").single()).click();
        Grid<AuditEntry> grid = $(Grid.class).single();
        assertThat(grid.getGenericDataView().getItems().toList()).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("koordination");
            assertThat(entry.action()).isEqualTo(AuditAction.ADMINISTER);
        }).anySatisfy(entry -> assertThat(entry.recordId()).isEqualTo(String.valueOf(westerfilde)));
    }
}
