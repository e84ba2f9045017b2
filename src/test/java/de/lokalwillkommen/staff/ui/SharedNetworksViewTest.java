package de.lokalwillkommen.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.base.audit.AuditAction;
import de.lokalwillkommen.base.audit.AuditLog;
import de.lokalwillkommen.base.audit.AuditQuery;
import de.lokalwillkommen.base.client.ClientKeys;
import de.lokalwillkommen.base.client.SharedNetworks.SharedNetwork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("koordination")
class SharedNetworksViewTest extends GermanUiTest {

    @Autowired
    ClientKeys clientKeys;
    @Autowired
    AuditLog audit;

    @SuppressWarnings("unchecked")
    private Grid<SharedNetwork> grid() {
        return $(Grid.class).single();
    }

    @Test
    void theCoordinationMarksAShelterRangeAndItsAddressesGetTheHigherLimitsAtOnce() {
        assertThat(clientKeys.of("2001:db8:4711:9:1::5").allowance()).isEqualTo(1);
        navigate(SharedNetworksView.class);
        SharedNetworkForm form = $(SharedNetworkForm.class).single();
        test(form.cidr).setValue("2001:DB8:4711::1/48");
        test(form.factor).setValue(5);
        test(form.label).setValue("Unterkunft Hafenstraße");
        test(form.add).click();

        assertThat(grid().getGenericDataView().getItems().map(SharedNetwork::cidr)).contains("2001:db8:4711::/48");
        assertThat(clientKeys.of("2001:db8:4711:9:1::5").allowance()).isEqualTo(5);
        assertThat(audit.search(new AuditQuery(null, null, null, AuditAction.CREATE, "shared_network", null, null), 5))
                .anySatisfy(entry -> assertThat(entry.actor()).isEqualTo("koordination"));
    }

    @Test
    void aTypoInTheRangeIsExplainedAtTheFieldAndWhatWasTypedStays() {
        navigate(SharedNetworksView.class);
        SharedNetworkForm form = $(SharedNetworkForm.class).single();
        test(form.cidr).setValue("10.0.0.0/8");
        test(form.label).setValue("Zu groß");
        test(form.add).click();

        assertThat(form.cidr.isInvalid()).isTrue();
        assertThat(form.cidr.getErrorMessage()).contains("zu groß für eine Unterkunft");
        assertThat(form.cidr.getValue()).isEqualTo("10.0.0.0/8");
        assertThat(form.label.getValue()).isEqualTo("Zu groß");

        test(form.cidr).setValue("unterkunft.example.org");
        test(form.add).click();
        assertThat(form.cidr.getErrorMessage()).contains("203.0.113.0/24");
        assertThat(grid().getGenericDataView().getItems().map(SharedNetwork::label)).doesNotContain("Zu groß");
    }
}
