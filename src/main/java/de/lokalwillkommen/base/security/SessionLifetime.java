package de.lokalwillkommen.base.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How long an idle session lives, deliberately. Each open session holds its UI in the server's memory,
 * so a closed tab or an abandoned phone of an anonymous visitor is let go after
 * {@code lw.session.anonymous-idle} (15 minutes: time enough to fill in the booking form slowly).
 * Signing in gives the staff lifetime ({@code server.servlet.session.timeout}, 30 minutes). Vaadin's
 * heartbeat does not count as activity (closeIdleSessions), so an open but untouched tab expires too.
 */
@Component
class SessionLifetime implements VaadinServiceInitListener {

    private final int anonymousSeconds;
    private final int staffSeconds;

    SessionLifetime(@Value("${lw.session.anonymous-idle:15m}") Duration anonymousIdle,
            @Value("${server.servlet.session.timeout:30m}") Duration staffIdle) {
        this.anonymousSeconds = (int) anonymousIdle.toSeconds();
        this.staffSeconds = (int) staffIdle.toSeconds();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> started(init.getSession().getSession()));
    }

    void started(WrappedSession session) {
        if (!signedIn(SecurityContextHolder.getContext().getAuthentication())) {
            session.setMaxInactiveInterval(anonymousSeconds);
        }
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent success) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            if (session != null) {
                session.setMaxInactiveInterval(staffSeconds);
            }
        }
    }

    private static boolean signedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
