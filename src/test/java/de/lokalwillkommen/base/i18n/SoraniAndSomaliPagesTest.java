package de.lokalwillkommen.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The raw HTTP answers (before any script runs) for two of the languages added in issue 17: Sorani is
 * written right to left and must say so in the first HTML, or the page would flip once Vaadin's client
 * engine starts; Somali is left to right.
 */
@AppTest
class SoraniAndSomaliPagesTest {

    private static final Pattern HTML_TAG = Pattern.compile("<html[^>]*>");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private String get(String path, String acceptLanguage, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", acceptLanguage);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String htmlTag(String page) {
        Matcher m = HTML_TAG.matcher(page);
        assertThat(m.find()).as("an <html> tag").isTrue();
        return m.group();
    }

    @Test
    void theStartPageIsSoraniAndRightToLeftInTheFirstHtmlForABrowserAskingForSorani() throws Exception {
        for (String browser : new String[] {"ckb-IQ,ckb;q=0.9,en;q=0.5", "ku-Arab,ku;q=0.8", "ku-IQ"}) {
            String page = get("/", browser, null);
            assertThat(htmlTag(page)).as(browser).contains("lang=\"ckb\"", "dir=\"rtl\"");
            assertThat(page).as(browser).contains("lw-first-paint", "بەخێربێن بۆ گەڕەکەکەتان");
        }
    }

    @Test
    void theBookingPageIsRightToLeftFromTheFirstHtmlWhenSoraniWasChosen() throws Exception {
        String page = get("/book", "de-DE,de;q=0.9", "lw-lang=ckb");
        assertThat(htmlTag(page)).contains("lang=\"ckb\"", "dir=\"rtl\"");
        assertThat(page).contains("ژوان وەربگرن");
    }

    @Test
    void plainKurdishIsNotTakenForSorani() throws Exception {
        assertThat(htmlTag(get("/", "ku", null))).doesNotContain("lang=\"ckb\"");
    }

    @Test
    void theLightEmergencyPageAndTheOfflineDataAreSoraniAndRightToLeft() throws Exception {
        String light = get("/guide/ckb/notruf", "de", null);
        assertThat(htmlTag(light)).contains("lang=\"ckb\"", "dir=\"rtl\"");
        assertThat(light).contains("بارە فریاکەوتنەکان و ژمارە گرنگەکان", "112", "110");

        String offline = get("/offline-data.js", "de", null);
        assertThat(offline).contains("\"ckb\"", "ئێوە ئۆفلاینن");
        assertThat(offline).containsPattern("\"rtl\":\\[[^]]*\"ckb\"");
    }

    @Test
    void somaliBrowsersGetTheStartPageAndTheLightEmergencyPageInSomaliLeftToRight() throws Exception {
        String start = get("/", "so-SO,so;q=0.9", null);
        assertThat(htmlTag(start)).contains("lang=\"so\"", "dir=\"ltr\"");
        assertThat(start).contains("Ku soo dhowaada xaafaddiinna");

        String light = get("/guide/so/notruf", "de", null);
        assertThat(htmlTag(light)).contains("lang=\"so\"", "dir=\"ltr\"");
        assertThat(light).contains("Xaaladaha degdegga ah iyo lambarrada muhiimka ah", "112", "110");
        assertThat(get("/offline-data.js", "de", null)).contains("\"so\"", "Internet ma jiro");
    }
}
