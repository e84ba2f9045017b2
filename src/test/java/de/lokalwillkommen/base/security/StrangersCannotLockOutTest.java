package de.lokalwillkommen.base.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.lokalwillkommen.AppTest;
import jakarta.servlet.http.Cookie;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.filter.RequestContextFilter;

/** The attack: eight failures from eight addresses used to lock the real user out. */
@AppTest
class StrangersCannotLockOutTest {

    static final String PASSWORD = "Hellweg-Kaffee-2026";

    @Autowired
    WebApplicationContext context;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    de.lokalwillkommen.office.OfficeService offices;

    @Test
    void eightFailuresFromEightAddressesDoNotLockOutTheOwnersKnownDevice() throws Exception {
        String user = "owner-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(user, "Owner", PASSWORD, StaffRole.STAFF, Set.of(offices.officeRefs().getFirst().id()));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(new RequestContextFilter())
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();

        Cookie device = mvc.perform(signIn(user, PASSWORD, "198.51.100.1")).andExpect(authenticated()).andReturn()
                .getResponse().getCookie(KnownDevices.COOKIE);
        org.assertj.core.api.Assertions.assertThat(device).isNotNull();
        org.assertj.core.api.Assertions.assertThat(device.isHttpOnly()).isTrue();

        for (int i = 1; i <= 8; i++) {
            mvc.perform(signIn(user, "wrong-" + i, "203.0.113." + i)).andExpect(unauthenticated());
        }
        // A stranger who now has the right password from an unknown device still waits ...
        mvc.perform(signIn(user, PASSWORD, "203.0.113.99")).andExpect(unauthenticated());
        // ... while the owner's browser signs in at once, from anywhere.
        mvc.perform(signIn(user, PASSWORD, "192.0.2.77").cookie(device)).andExpect(authenticated());
    }

    private static MockHttpServletRequestBuilder signIn(String user, String password, String address) {
        return post("/login").param("username", user).param("password", password).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }
}
