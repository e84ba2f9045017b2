package de.lokalwillkommen.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.event.EventService;
import de.lokalwillkommen.event.EventServiceTest;
import de.lokalwillkommen.message.MessageCategory;
import de.lokalwillkommen.message.MessageRequest;
import de.lokalwillkommen.message.MessageService;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.office.PartnerDirectoryTest;
import de.lokalwillkommen.office.PartnerService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import de.lokalwillkommen.base.MunicipalityProperties;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The open data answers anonymously, in the documented shape, and never carries personal data. */
@AppTest
class OpenDataTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Clock clock;
    @Autowired
    MunicipalityProperties municipality;
    @LocalServerPort
    int port;
    @Autowired
    MessageService messages;
    @Autowired
    PartnerService partners;
    @Autowired
    OfficeService offices;
    @Autowired
    EventService events;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    private static Set<String> fields(JsonNode node) {
        return Set.copyOf(node.propertyNames());
    }

    @Test
    void officesHaveTheDocumentedShapeAndTeamsOnlyRolesAndOrganisations() throws Exception {
        JsonNode list = json("/api/v1/offices");
        assertThat(list.size()).isEqualTo(offices.listOffices().size());
        JsonNode brackel = StreamSupport.stream(list.spliterator(), false)
                .filter(o -> o.get("slug").asString().equals("brackel-aplerbeck")).findFirst().orElseThrow();
        assertThat(fields(brackel)).containsExactlyInAnyOrder("slug", "name", "districts", "address", "phone", "email",
                "languages", "accessibility", "team", "venues", "links");
        assertThat(brackel.get("address").get("street").asString()).isEqualTo("Brackeler Hellweg 144");
        assertThat(brackel.get("links").get("calendar").asString()).isEqualTo("/api/v1/offices/brackel-aplerbeck/calendar.ics");
        brackel.get("team").forEach(member -> assertThat(fields(member)).containsExactlyInAnyOrder("role", "organisation"));
        assertThat(get("/api/v1/offices/atlantis").statusCode()).isEqualTo(404);
    }

    @Test
    void hoursAndSessionsTellWhenAndWhereButNothingAboutBookings() throws Exception {
        JsonNode hours = json("/api/v1/offices/luetgendortmund/hours");
        JsonNode marten = StreamSupport.stream(hours.spliterator(), false).filter(h -> h.get("outreach").asBoolean())
                .findFirst().orElseThrow();
        assertThat(marten.get("weekday").asString()).isEqualTo("TUESDAY");
        assertThat(marten.get("everyWeeks").asInt()).isEqualTo(2);
        assertThat(marten.get("venue").get("name").asString()).startsWith("Vereinsheim");
        assertThat(marten.get("nextDates").size()).isPositive();

        JsonNode sessions = json("/api/v1/offices/luetgendortmund/sessions");
        assertThat(sessions.size()).isPositive();
        sessions.forEach(s -> assertThat(fields(s)).containsExactlyInAnyOrder("start", "end", "outreach", "venue", "languages"));

        HttpResponse<String> feed = get("/api/v1/offices/luetgendortmund/calendar.ics");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("SUMMARY:Außensprechstunde: Vereinsheim");
    }

    @Test
    @WithUserDetails("koordination")
    void noPersonalDataReachesTheOpenData() throws Exception {
        String marker = "Geheimnis-" + UUID.randomUUID();
        messages.send(new MessageRequest("luetgendortmund", MessageCategory.NEWCOMER, marker, "fa", "Parwin Ahmadi",
                "0231 4455667", "parwin@example.com", true, UUID.randomUUID().toString(), null));
        PartnerDirectoryTest.partnerWithSecrets(partners, offices, "Sportverein Offene Daten " + UUID.randomUUID());
        long luedo = offices.findBySlug("luetgendortmund").orElseThrow().id();
        events.save(EventServiceTest.languageCafe(luedo, "Sprachcafé Offene Daten", municipality.now(clock).toLocalDate()));

        List<String> bodies = new ArrayList<>();
        for (String path : List.of("/api/v1/offices", "/api/v1/offices/luetgendortmund", "/api/v1/offices/luetgendortmund/hours",
                "/api/v1/offices/luetgendortmund/sessions", "/api/v1/events", "/api/v1/events?office=luetgendortmund",
                "/api/v1/organisations", "/api/v1/offices/luetgendortmund/calendar.ics")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            bodies.add(response.body());
        }
        String all = String.join("\n", bodies);
        assertThat(all).contains("Sprachcafé Offene Daten", "Sportverein Offene Daten");
        assertThat(all).doesNotContain(marker, "Parwin", "parwin@example.com", "4455667", "Vertraulich", "Hausmeister",
                "Team Brackel", "Koordination Sozialamt", "amal@example.com");
        JsonNode organisation = StreamSupport.stream(json("/api/v1/organisations").spliterator(), false)
                .filter(o -> o.get("name").asString().startsWith("Sportverein Offene Daten")).findFirst().orElseThrow();
        assertThat(fields(organisation)).containsExactlyInAnyOrder("name", "kind", "website", "phone", "email", "address",
                "districts", "languages");
    }
}
