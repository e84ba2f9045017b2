package de.lokalwillkommen.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lokalwillkommen.AppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.filter.RequestContextFilter;

/** Sign-in CSRF, response headers and session ids, over the real server where it matters. */
@AppTest
class WebHardeningTest {

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;

    private HttpResponse<String> get(String path, HttpClient.Redirect redirects) throws Exception {
        return HttpClient.newBuilder().followRedirects(redirects).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCrossSiteSignInPostWithoutTheCsrfTokenSignsNobodyIn() throws Exception {
        MockMvcBuilders.webAppContextSetup(context).addFilters(new RequestContextFilter())
                .apply(SecurityMockMvcConfigurers.springSecurity()).build()
                .perform(post("/login").param("username", "brackel").param("password", DemoStaff.PASSWORD)
                        .header("Origin", "https://attacker.example").with(r -> {
                            r.setRemoteAddr("198.51.100.200");
                            return r;
                        }))
                .andExpect(status().isForbidden()).andExpect(unauthenticated());
    }

    @Test
    void theSignInPageCarriesTheTokenTheLoginFormSends() throws Exception {
        String page = get("/login", HttpClient.Redirect.NEVER).body();
        assertThat(page).contains("name=\"_csrf_parameter\"").contains("name=\"_csrf\"");
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = get("/login", HttpClient.Redirect.NEVER);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'"));
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p)
                .contains("camera=()", "geolocation=()"));
        assertThat(response.headers().firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void theAppsStaticFilesGoWithoutThePageOnlyPolicies() throws Exception {
        HttpResponse<String> css = get("/styles/lokal-willkommen.css", HttpClient.Redirect.NEVER);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Security-Policy")).isEmpty();
        assertThat(css.headers().firstValue("Permissions-Policy")).isEmpty();
        assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(get("/sw.js", HttpClient.Redirect.NEVER).headers().firstValue("Content-Security-Policy"))
                .as("the service worker is a worker: its policy applies").isPresent();
    }

    @Test
    void personalLinkPagesSendNoReferrer() throws Exception {
        for (String path : new String[] {"/booking/abcdefghijklmnop", "/volunteer/offer/abcdefghijklmnop",
                "/message/abcdefghijklmnop", "/conversation/abcdefghijklmnop"}) {
            assertThat(get(path, HttpClient.Redirect.NEVER).headers().firstValue("Referrer-Policy")).as(path)
                    .hasValue("no-referrer");
        }
        assertThat(get("/book", HttpClient.Redirect.NEVER).headers().firstValue("Referrer-Policy"))
                .hasValue("strict-origin-when-cross-origin");
    }

    @Test
    void cookielessRequestsGetNoSessionIdInTheirAddressAndNoRedirectLoop() throws Exception {
        for (String path : new String[] {"/staff", "/VAADIN/no-such-file.js"}) {
            HttpResponse<String> first = get(path, HttpClient.Redirect.NEVER);
            assertThat(first.headers().firstValue("Location").orElse("")).as(path).doesNotContainIgnoringCase("jsessionid");
            HttpResponse<String> followed = get(path, HttpClient.Redirect.NORMAL);
            // The end of the road is an answer (the sign-in page, or 404 for the missing file), never another redirect.
            assertThat(followed.statusCode() / 100).as(path).isNotEqualTo(3);
            assertThat(followed.uri().toString()).as(path).doesNotContainIgnoringCase("jsessionid");
            assertThat(followed.body()).as(path).doesNotContainIgnoringCase("jsessionid");
        }
    }
}
