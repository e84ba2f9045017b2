package de.lokalwillkommen.legal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.GermanUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The privacy notice reads its periods from the running configuration, the same the deletion job uses. */
@TestPropertySource(properties = {"lw.retention.booking-days=17", "lw.retention.audit-days=0",
        "lw.municipality.representative=Die Oberbürgermeisterin"})
class PrivacyRetentionFromConfigurationTest extends GermanUiTest {

    @Test
    void aChangedRetentionPeriodChangesThePrivacyNotice() {
        navigate(PrivacyView.class);
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("17 Tage nach dem Termin").doesNotContain("90 Tage nach dem Termin");
        assertThat(page).contains("Ohne festen Löschtermin");
    }

    @Test
    void aConfiguredRepresentativeAppearsInTheImprint() {
        navigate(ImprintView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Die Oberbürgermeisterin");
    }
}
