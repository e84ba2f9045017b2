package de.lokalwillkommen.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouterLink;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.booking.ui.BookView;
import de.lokalwillkommen.finder.ui.FinderView;
import de.lokalwillkommen.guidance.ui.GuideView;
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
    void theOfficeEntryLeadsToTheOfficeFinder() {
        navigate(StartView.class);
        RouterLink offices = $view(StartEntry.class).all().stream()
                .filter(entry -> entry.getHref().equals("find")).findFirst().orElseThrow();
        test(offices).click();
        assertThat(getCurrentView()).isInstanceOf(FinderView.class);
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
    void theGuidanceEntryLeadsToTheGuide() {
        navigate(StartView.class);
        RouterLink guide = $view(StartEntry.class).all().stream()
                .filter(entry -> entry.getHref().equals("guide")).findFirst().orElseThrow();
        test(guide).click();
        assertThat(getCurrentView()).isInstanceOf(GuideView.class);
        assertThat($view(H1.class).single().getText()).isEqualTo("Wegweiser");
    }
}
