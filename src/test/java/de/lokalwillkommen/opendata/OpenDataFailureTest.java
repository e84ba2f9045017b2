package de.lokalwillkommen.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;

import de.lokalwillkommen.AppTestWithSpiedServices;
import de.lokalwillkommen.office.OfficeService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The open data fails in JSON: 503 during a database outage, 404 for an address it does not have. */
@AppTestWithSpiedServices
class OpenDataFailureTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    OfficeService offices;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertJson(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    }

    @Test
    void aDatabaseOutageAnswers503WithJsonNotARedirectToTheSignIn() throws Exception {
        doThrow(new DataAccessResourceFailureException("database down")).when(offices).listOffices();

        HttpResponse<String> response = get("/api/v1/offices");

        assertThat(response.statusCode()).isEqualTo(503);
        assertJson(response);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("60");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("error").asString()).isEqualTo("unavailable");
        assertThat(body.get("id").asString()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
    }

    @Test
    void noConnectionAtTheStartOfATransactionIsAnOutageToo() throws Exception {
        doThrow(new CannotCreateTransactionException("no connection")).when(offices).listOffices();

        HttpResponse<String> response = get("/api/v1/offices");

        assertThat(response.statusCode()).isEqualTo(503);
        assertJson(response);
    }

    @Test
    void anUnknownApiAddressAnswers404WithJsonNotTheAppsPage() throws Exception {
        HttpResponse<String> response = get("/api/v1/nope");

        assertThat(response.statusCode()).isEqualTo(404);
        assertJson(response);
        assertThat(JSON.readTree(response.body()).get("error").asString()).isEqualTo("not_found");
        assertThat(get("/api/v1/offices").statusCode()).as("the real endpoints still answer").isEqualTo(200);
    }
}
