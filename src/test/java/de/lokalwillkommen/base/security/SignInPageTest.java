package de.lokalwillkommen.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The server-rendered sign-in page (docs/decisions/0030) over the real server: language, form, token, refusals. */
@AppTest
class SignInPageTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String user, String password, String token) throws Exception {
        String form = "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String hiddenToken(String page) {
        Matcher token = Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\">").matcher(page);
        assertThat(token.find()).as("the form carries Spring's CSRF token as a hidden field").isTrue();
        return token.group(1);
    }

    @Test
    void isAPlainGermanFormThatPostsToSpringSecurityWithoutAnyVaadinComponent() throws Exception {
        HttpResponse<String> response = get("/login", "Accept-Language", "de-DE");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        String page = response.body();
        assertThat(page).contains("<html lang=\"de\" dir=\"ltr\">", "Anmeldung für Mitarbeitende",
                "<form class=\"lw-sign-in\" method=\"post\" action=\"login\">", "autocomplete=\"current-password\"");
        assertThat(hiddenToken(page)).isNotBlank();
        assertThat(page).doesNotContain("vaadin-", "VAADIN/build", "role=\"alert\"");
    }

    @Test
    void speaksTheLanguageTheVisitorChoseRightToLeftForArabic() throws Exception {
        String page = get("/login", "Cookie", "lw-lang=ar", "Accept-Language", "de").body();

        assertThat(page).contains("<html lang=\"ar\" dir=\"rtl\">");
        assertThat(page).doesNotContain("Anmeldung für Mitarbeitende");
    }

    @Test
    void aWrongPasswordComesBackToTheFormWithTheTranslatedRefusal() throws Exception {
        String token = hiddenToken(get("/login", "Accept-Language", "en").body());

        HttpResponse<String> refused = post("brackel", "not-the-password-1", token);

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        String page = get("/login?error", "Accept-Language", "en").body();
        assertThat(page).contains("role=\"alert\"", "Login failed", "Username or password is not correct.");
    }

    @Test
    void theRightPasswordWithTheTokenSignsIn() throws Exception {
        String token = hiddenToken(get("/login").body());

        HttpResponse<String> signedIn = post("brackel", DemoStaff.PASSWORD, token);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(get("/staff").statusCode()).as("a staff page opens").isEqualTo(200);
    }

    @Test
    void aPostWithoutTheTokenIsRefused() throws Exception {
        get("/login");

        assertThat(post("brackel", DemoStaff.PASSWORD, "forged").statusCode()).isEqualTo(403);
        assertThat(get("/staff").statusCode()).as("still signed out").isEqualTo(302);
    }
}
