package de.lokalwillkommen.base.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.base.ui.StaffLayout;
import java.io.IOException;
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
import org.springframework.security.test.context.support.WithUserDetails;

/** Addresses that do not exist and pages that are not one's own get real, translated pages and honest statuses. */
class ErrorPagesTest extends GermanUiTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aMistypedAddressShowsPageNotFoundWithTheMainDoorsInThePublicFrame() {
        UI.getCurrent().navigate("bok");

        assertThat(getCurrentView()).isInstanceOf(PageNotFoundView.class);
        assertThat($view(H1.class).single().getText()).isEqualTo("Seite nicht gefunden");
        assertThat($(PublicLayout.class).exists()).isTrue();
        assertThat($view(Anchor.class).all().stream().map(Anchor::getHref))
                .containsExactly("book", "guide", "find", "volunteer", ".");
        assertThat($view(Anchor.class).all().getFirst().getText()).isEqualTo("Termin buchen");
    }

    @Test
    void aMistypedAddressAnswers404InsteadOfSendingTheVisitorToTheStaffSignIn() throws Exception {
        HttpResponse<String> response = get("/bok");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(get("/book").statusCode()).as("a real page still answers 200").isEqualTo(200);
        assertThat(get("/offices/brackel-aplerbeck").statusCode()).as("also one with a parameter").isEqualTo(200);
        assertThat(get("/message/brackel-aplerbeck/").statusCode()).as("and with a trailing slash").isEqualTo(200);
        assertThat(get("/staff").statusCode()).as("staff pages still need the sign-in").isEqualTo(302);
    }

    @Test
    void anUnknownLightArticleIsASmallHtmlPageInItsLanguageWith404() throws Exception {
        HttpResponse<String> response = get("/guide/ar/nope");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("lang=\"ar\" dir=\"rtl\"").contains("المقال غير موجود")
                .contains("href=\"guide/ar/\"");
    }

    @Test
    @WithUserDetails("brackel")
    void aStaffAccountOnACoordinationPageSeesATranslatedNotAllowedWithTheWayBackToTheStaffWorkspace() {
        UI.getCurrent().navigate("admin/offices");

        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
        assertThat($view(H1.class).single().getText()).isEqualTo("Kein Zugriff");
        assertThat($view(Anchor.class).all()).anySatisfy(a -> assertThat(a.getHref()).isEqualTo("staff"));
        // Not inside the staff layout: error views load on every first visit (NotAllowedView's comment).
        assertThat($(StaffLayout.class).exists()).isFalse();
    }

    @Test
    void aStaffAccountOnACoordinationPageGetsHttp403() throws Exception {
        signIn("brackel");

        HttpResponse<String> response = get("/admin/offices");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(get("/staff").statusCode()).as("its own pages open as before").isEqualTo(200);
    }

    /** Signs in like the browser does: the sign-in page's CSRF token, then the form post. */
    private void signIn(String user) throws IOException, InterruptedException {
        String page = get("/login").body();
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the sign-in page carries a CSRF token").isTrue();
        String form = "username=" + user + "&password=" + "willkommen-demo"
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }
}
