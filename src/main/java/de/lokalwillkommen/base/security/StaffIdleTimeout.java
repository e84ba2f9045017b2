package de.lokalwillkommen.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in staff session after {@code lw.session.staff-idle} (the servlet session timeout, 30 minutes)
 * without a request of the person's own. Vaadin's heartbeat reaches the server every few minutes and so keeps the
 * servlet session alive; Vaadin's closeIdleSessions only closes the Vaadin session, after which the open tab simply
 * started a new UI in the same, still signed-in servlet session. Here heartbeats do not count as activity, and the
 * first request after the idle time (usually a heartbeat) invalidates the servlet session: Vaadin's client then
 * sees an expired session, reloads, and the reload lands on the sign-in page.
 */
@Component
class StaffIdleTimeout extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(StaffIdleTimeout.class);

    static final String LAST_ACTIVITY = StaffIdleTimeout.class.getName() + ".lastActivity";

    private final Clock clock;
    private final Duration idle;

    StaffIdleTimeout(Clock clock, @Value("${lw.session.staff-idle:${server.servlet.session.timeout:30m}}") Duration idle) {
        this.clock = clock;
        this.idle = idle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && SignedInPrincipal.current().isPresent()) {
            Instant now = clock.instant();
            if (session.getAttribute(LAST_ACTIVITY) instanceof Instant last && last.plus(idle).isBefore(now)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                log.info("Signed out a staff session after {} without activity", idle);
                if (isHeartbeat(request)) {
                    // Vaadin's client reads a 403 answer to a heartbeat as "session expired" and reloads the page,
                    // which asks for sign-in (other statuses only make it retry).
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
            } else if (!isHeartbeat(request)) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
    }

    /** Vaadin's keep-alive of an open tab: {@code POST /?v-r=heartbeat}, sent without anyone touching the page. */
    static boolean isHeartbeat(HttpServletRequest request) {
        return "heartbeat".equals(request.getParameter("v-r"));
    }
}
