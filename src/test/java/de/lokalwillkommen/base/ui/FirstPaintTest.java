package de.lokalwillkommen.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@AppTest
class FirstPaintTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The page without its inline first-paint style sheet, whose selectors name the first paint's classes. */
    private static String markup(String html) {
        return html.replaceAll("(?s)<style id=\"lw-critical\">.*?</style>", "");
    }

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theStartPageIsInTheFirstHtmlInTheVisitorsLanguage() throws Exception {
        String html = get("/", "ar").body();
        assertThat(html).contains("lw-first-paint", "<h1>مرحبًا بك في حيّك</h1>", "href=\"book\"",
                "lw-start-entry-title");
        assertThat(html).contains("dir=\"rtl\"");
    }

    @Test
    void theBookingPageFirstPaintsItsHeading() throws Exception {
        assertThat(get("/book", "en").body()).contains("lw-first-paint", "<h1>Book an appointment</h1>",
                "<title>Book an appointment – lokal willkommen</title>");
    }

    @Test
    void aGuidanceArticleIsReadableFromTheFirstHtml() throws Exception {
        String html = get("/guide/article/notruf", "uk").body();
        assertThat(html).contains("lw-first-paint", "lw-guide-body", "lang=\"uk\"", "112");
        assertThat(html).doesNotContain("<script>alert");
    }

    @Test
    void anUnknownArticleHasNoFirstPaint() throws Exception {
        assertThat(markup(get("/guide/article/gibt-es-nicht", "de").body())).doesNotContain("lw-guide-body");
    }

    @Test
    void aPageWithoutAFirstPaintLeavesTheOutletEmpty() throws Exception {
        assertThat(markup(get("/offices", "de").body())).doesNotContain("lw-first-paint")
                .contains("<div id=\"outlet\"></div>")
                .contains("<title>lokal willkommen</title>");
    }

    @Test
    void theStylesheetIsServedToAnonymousVisitors() throws Exception {
        HttpResponse<String> css = get("/styles/lokal-willkommen.css", "de");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".lw-first-paint");
    }
}
