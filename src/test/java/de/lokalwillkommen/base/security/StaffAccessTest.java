package de.lokalwillkommen.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.lokalwillkommen.AppTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@AppTest
class StaffAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void anAnonymousRequestForAStaffPageIsSentToTheLogin() throws Exception {
        HttpResponse<String> response = get("/staff");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void anAnonymousRequestForAnAdminPageIsSentToTheLogin() throws Exception {
        HttpResponse<String> response = get("/admin/offices");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void publicPagesAndTheHealthCheckNeedNoSignIn() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get("/offices").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health").body()).contains("\"UP\"");
    }

    @Test
    void signingInGivesTheSessionANewId() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = mvc().perform(post("/login").param("username", "brackel")
                .param("password", DemoStaff.PASSWORD).with(csrf()).session(session))
                .andExpect(authenticated().withRoles("STAFF")).andReturn();
        assertThat(result.getRequest().getSession(false)).isNotNull();
        assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(before);
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        mvc().perform(post("/login").param("username", "brackel").param("password", "wrong-password-123")
                .with(csrf())).andExpect(unauthenticated());
    }
}
