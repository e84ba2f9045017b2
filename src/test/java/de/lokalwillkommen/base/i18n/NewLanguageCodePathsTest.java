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
 * Serbian/Bosnian is offered as "sr-Latn", the first code with a script subtag: every place where a code
 * becomes a path, a file name, a cookie or a lang attribute must keep the subtag and its capital letter.
 * Vietnamese ("vi") takes the paths every two-letter code takes.
 */
@AppTest
class NewLanguageCodePathsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String acceptLanguage, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", acceptLanguage);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLightGuideServesTheShippedSerbianArticleUnderItsScriptSubtag() throws Exception {
        HttpResponse<String> article = get("/guide/sr-Latn/notruf", "de", null);
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.body()).contains("<html lang=\"sr-Latn\"", "<article lang=\"sr-Latn\"",
                "Hitni slučajevi i važni brojevi", "href=\"guide/sr-Latn/\"");
        HttpResponse<String> index = get("/guide/sr-Latn/", "de", null);
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("href=\"guide/sr-Latn/notruf\"");
        assertThat(get("/guide/sr-Latn", "de", null).statusCode()).isEqualTo(301);
    }

    @Test
    void theOfflinePageDataHasTheSerbianTextsAndSaysWhoReadsSerbianInstead() throws Exception {
        String script = get("/offline-data.js", "de", null).body();
        assertThat(script).contains("\"sr-Latn\":{", "Niste povezani na internet",
                "\"bs\":\"sr-Latn\"", "\"hr\":\"sr-Latn\"", "\"sr\":\"sr-Latn\"");
    }

    @Test
    void aBosnianBrowserAndASerbianCookieBothGetTheStartPageInSerbianBosnian() throws Exception {
        assertThat(get("/", "bs-BA,bs;q=0.9,en;q=0.5", null).body())
                .contains("lang=\"sr-Latn\"", "Dobro došli u Vaše naselje");
        assertThat(get("/", "de-DE", LanguageCookie.NAME + "=sr-Latn").body())
                .contains("lang=\"sr-Latn\"", "Dobro došli u Vaše naselje");
    }

    @Test
    void vietnameseReadersGetTheirEmergencyArticleOfflineTextsAndStartPage() throws Exception {
        HttpResponse<String> article = get("/guide/vi/notruf", "de", null);
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.body()).contains("<html lang=\"vi\"", "Trường hợp khẩn cấp và số điện thoại quan trọng");
        assertThat(get("/offline-data.js", "de", null).body()).contains("\"vi\":{", "Quý vị đang ngoại tuyến");
        assertThat(get("/", "vi-VN,vi;q=0.9", null).body()).contains("lang=\"vi\"",
                "Chào mừng quý vị đến với khu phố của mình");
    }
}
