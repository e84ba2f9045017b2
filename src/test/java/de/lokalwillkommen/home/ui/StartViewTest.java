package de.lokalwillkommen.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouterLink;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.booking.ui.BookView;
import de.lokalwillkommen.office.ui.OfficesView;
import de.lokalwillkommen.volunteer.ui.VolunteerView;
import org.junit.jupiter.api.Test;

class StartViewTest extends GermanUiTest {

    @Test
    void showsWhoWeAreAndFourEntries() {
        navigate(StartView.class);
        assertThat($view(H1.class).single().getText()).isEqualTo("Willkommen in Ihrem Stadtteil");
        assertThat($view(StartEntry.class).all()).hasSize(4);
    }

    @Test
    void theOfficeEntryLeadsToTheListOfOffices() {
        navigate(StartView.class);
        RouterLink offices = $view(StartEntry.class).all().stream()
                .filter(entry -> entry.getHref().equals("offices")).findFirst().orElseThrow();
        test(offices).click();
        assertThat(getCurrentView()).isInstanceOf(OfficesView.class);
    }

    @Test
    void theBookingEntryLeadsToTheBookingFlow() {
        navigate(StartView.class);
        RouterLink booking = $view(StartEntry.class).all().stream()
                .filter(entry -> entry.getHref().equals("book")).findFirst().orElseThrow();
        test(booking).click();
        assertThat(getCurrentView()).isInstanceOf(BookView.class);
    }

    @Test
    void theVolunteeringEntryLeadsToTheOfferFormByPath() {
        navigate(StartView.class);
        RouterLink volunteering = $view(StartEntry.class).all().stream()
                .filter(entry -> "volunteer".equals(entry.getElement().getAttribute("href"))).findFirst().orElseThrow();
        assertThat(volunteering.getElement().getAttribute("href")).isEqualTo(VolunteerView.ROUTE);
        navigate(VolunteerView.class);
        assertThat($view(H1.class).single().getText()).isEqualTo("Hilfe anbieten");
    }

    @Test
    void anEntryWhoseFeatureIsNotBuiltYetSaysWhatWillBeThere() {
        navigate(StartView.class);
        RouterLink guidance = $view(StartEntry.class).all().stream()
                .filter(entry -> entry.getHref().equals("soon/guidance")).findFirst().orElseThrow();
        test(guidance).click();
        assertThat(getCurrentView()).isInstanceOf(UpcomingFeatureView.class);
        assertThat($view(H1.class).single().getText()).isEqualTo("Wegweiser");
    }
}
