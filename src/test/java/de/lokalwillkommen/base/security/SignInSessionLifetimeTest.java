package de.lokalwillkommen.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.lokalwillkommen.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.filter.RequestContextFilter;

@AppTest
class SignInSessionLifetimeTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void signingInTurnsTheShortAnonymousSessionIntoAThirtyMinuteStaffSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setMaxInactiveInterval(15 * 60);
        // The server runs Spring's RequestContextFilter before security; MockMvc needs it added.
        MvcResult result = MockMvcBuilders.webAppContextSetup(context).addFilters(new RequestContextFilter())
                .apply(SecurityMockMvcConfigurers.springSecurity()).build()
                .perform(post("/login").param("username", "brackel").param("password", DemoStaff.PASSWORD)
                        .with(csrf()).session(session))
                .andExpect(authenticated()).andReturn();
        assertThat(result.getRequest().getSession(false).getMaxInactiveInterval()).isEqualTo(30 * 60);
    }
}
