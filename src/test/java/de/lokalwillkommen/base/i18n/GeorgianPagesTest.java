package de.lokalwillkommen.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Georgian (ka) reaches the pages that are built outside Vaadin's views: the first HTML, the light guide page
 * (its emergency article is a marked machine draft) and the offline page's data.
 */
@AppTest
class GeorgianPagesTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", acceptLanguage).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aGeorgianBrowserGetsTheStartPageInGeorgianFromTheFirstHtml() throws Exception {
        String html = get("/", "ka-GE,ka;q=0.9,en;q=0.8").body();
        assertThat(html).contains("კეთილი იყოს თქვენი მობრძანება თქვენს სამეზობლოში").doesNotContain("dir=\"rtl\"");
    }

    @Test
    void theLightEmergencyPageIsInGeorgianAndMarkedAsAMachineDraft() throws Exception {
        HttpResponse<String> page = get("/guide/ka/notruf", "de");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("საგანგებო შემთხვევები და მნიშვნელოვანი ნომრები", "112", "110",
                "მანქანური თარგმანი");
    }

    @Test
    void theOfflinePageCarriesTheGeorgianTexts() throws Exception {
        String script = get("/offline-data.js", "de").body();
        assertThat(script).contains("\"ka\":{", "თქვენ ოფლაინ რეჟიმში ხართ", "გადაუდებელი დახმარება");
    }
}
