package de.lokalwillkommen.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.WrappedHttpSession;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class SessionLifetimeTest {

    private final SessionLifetime lifetime = new SessionLifetime(Duration.ofMinutes(15), Duration.ofMinutes(30));
    private final MockHttpSession session = new MockHttpSession();

    @AfterEach
    void forget() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAnonymousVisitorsSessionEndsAfterFifteenIdleMinutes() {
        session.setMaxInactiveInterval(1800);
        lifetime.started(new WrappedHttpSession(session));
        assertThat(session.getMaxInactiveInterval()).isEqualTo(15 * 60);
    }

    @Test
    void signingInGivesTheStaffLifetimeOfThirtyMinutes() {
        lifetime.started(new WrappedHttpSession(session));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        lifetime.signedIn(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated("brackel",
                null, List.of(new SimpleGrantedAuthority("ROLE_STAFF")))));

        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void aSessionStartedBySignedInStaffKeepsTheStaffLifetime() {
        session.setMaxInactiveInterval(1800);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "brackel", null, List.of(new SimpleGrantedAuthority("ROLE_STAFF"))));
        lifetime.started(new WrappedHttpSession(session));
        assertThat(session.getMaxInactiveInterval()).isEqualTo(1800);
    }
}
