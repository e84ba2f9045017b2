package de.lokalwillkommen.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.event.EventService;
import de.lokalwillkommen.event.EventServiceTest;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.office.ui.OfficeView;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import de.lokalwillkommen.base.MunicipalityProperties;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("brackel")
class EventPagesTest extends GermanUiTest {

    @Autowired
    EventService events;
    @Autowired
    OfficeService offices;
    @Autowired
    Clock clock;
    @Autowired
    MunicipalityProperties municipality;
    @LocalServerPort
    int port;

    @Test
    void anEventShowsOnItsOfficePageAndInTheCityListWithACalendarFile() throws Exception {
        long id = events.save(EventServiceTest.languageCafe(offices.findBySlug("brackel-aplerbeck").orElseThrow().id(),
                "Sprachcafé am Hellweg", municipality.now(clock).toLocalDate()));

        navigate(OfficeView.class, "brackel-aplerbeck");
        assertThat($view(H2.class).all().stream().map(H2::getText)).contains("Veranstaltungen");
        assertThat($view(H3.class).all().stream().map(H3::getText)).contains("Sprachcafé am Hellweg");

        navigate(EventsView.class);
        assertThat($view(H3.class).all().stream().map(H3::getText)).contains("Sprachcafé am Hellweg");
        assertThat($view(Anchor.class).all().stream().map(Anchor::getHref)).contains("events/" + id + ".ics");

        HttpResponse<String> ics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/events/" + id + ".ics")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(ics.body()).contains("BEGIN:VEVENT", "SUMMARY:Sprachcafé am Hellweg", "STATUS:CONFIRMED", "\r\n");
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/events/999999.ics")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(404);
    }
}
