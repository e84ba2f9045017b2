package de.lokalwillkommen.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser asking for Dari gets the fa-AF variant, right to left from the very first HTML, like Farsi. */
@AppTest
class DariFirstHtmlTest {

    @LocalServerPort
    int port;

    @Test
    void browsersAskingForPrsPrsAfOrFaAfGetDariRightToLeftFromTheFirstHtml() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String asked : List.of("prs", "prs-AF", "fa-AF")) {
            String html = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                    .header("Accept-Language", asked).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(html).as(asked).contains("lang=\"fa-AF\"", "dir=\"rtl\"");
        }
    }
}
