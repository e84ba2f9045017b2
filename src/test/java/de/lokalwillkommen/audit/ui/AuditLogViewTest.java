package de.lokalwillkommen.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
    void theCoordinationSearchesTheLogByActorAndAction() {
        long westerfilde = accounts.list().stream().filter(a -> a.username().equals("westerfilde")).findFirst()
                .orElseThrow().id();
        accounts.forcePasswordChange(westerfilde);
        AuditLogView view = navigate(AuditLogView.class);
        test(view.actor).setValue("koord");
        view.action.setValue(AuditAction.ADMINISTER);
        view.search();
        assertThat(view.grid.getGenericDataView().getItems().toList()).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("koordination");
            assertThat(entry.action()).isEqualTo(AuditAction.ADMINISTER);
        }).anySatisfy(entry -> assertThat(entry.recordId()).isEqualTo(String.valueOf(westerfilde)));
    }
}
