package de.lokalwillkommen.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import de.lokalwillkommen.AppTest;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Cache lifetimes and Brotli of the static files over the real server (docs/decisions/0030). */
@AppTest
class StaticFilesTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                .header("Accept-Encoding", acceptEncoding).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String firstHtml() throws Exception {
        return new String(get("", "identity").body(), StandardCharsets.UTF_8);
    }

    private static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as("%s in the first HTML", regex).isTrue();
        return m.group(1);
    }

    @Test
    void theBundlesScriptsGoAsBrotliAndAreKeptForAYear() throws Exception {
        // The first HTML names the entry in its start script (it is fetched after the first paint, decision 0030).
        String entry = find(firstHtml(), "'\\./(VAADIN/build/indexhtml-[^']+\\.js)'");

        HttpResponse<byte[]> script = get(entry, "gzip, deflate, br");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(script.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(get(entry, "gzip").headers().firstValue("Content-Encoding")).as("no Brotli where not accepted")
                .isNotEqualTo(java.util.Optional.of("br"));
    }

    @Test
    void theStyleSheetsGoAsBrotliWithTheirContentHashForAYear() throws Exception {
        String html = firstHtml();
        for (String name : new String[] {"lumo/lumo.css", "styles/lokal-willkommen.css"}) {
            String versioned = find(html, "data-lw-deferred=\"\\./(" + Pattern.quote(name) + "\\?v-c=[^\"]+)\"");

            HttpResponse<byte[]> sheet = get(versioned, "gzip, deflate, br, zstd");

            assertThat(sheet.statusCode()).isEqualTo(200);
            assertThat(sheet.headers().firstValue("Content-Encoding")).hasValue("br");
            assertThat(sheet.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
            assertThat(sheet.headers().firstValue("Cache-Control")).hasValue(StaticFiles.YEAR);
            assertThat(sheet.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(decompress(sheet.body())).as("the very file, compressed").isEqualTo(resource(name));
        }
    }

    @Test
    void withoutItsContentHashAStyleSheetIsKeptOnlyAnHour() throws Exception {
        HttpResponse<byte[]> sheet = get("styles/lokal-willkommen.css", "gzip");

        assertThat(sheet.headers().firstValue("Cache-Control")).hasValue("max-age=3600");
        assertThat(sheet.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    private static byte[] decompress(byte[] brotli) throws Exception {
        Brotli4jLoader.ensureAvailability();
        DirectDecompress result = Decoder.decompress(brotli);
        assertThat(result.getResultStatus()).isEqualTo(DecoderJNI.Status.DONE);
        return result.getDecompressedData();
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = StaticFilesTest.class.getResourceAsStream("/META-INF/resources/" + name)) {
            assertThat(in).isNotNull();
            return in.readAllBytes();
        }
    }
}
