package de.lokalwillkommen.volunteer.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import de.lokalwillkommen.volunteer.VolunteerService;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/** The personal page's address (the token is the only key to it) and who is asking, for the flood limit. */
final class VolunteerLinks {

    private VolunteerLinks() {
    }

    /** The full address people keep; behind a proxy this relies on the forwarded headers being honoured. */
    static String absolutePage(String token) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof VaadinServletRequest servlet) {
            return base(servlet.getHttpServletRequest()) + VolunteerService.managePath(token);
        }
        return VolunteerService.managePath(token);
    }

    private static String base(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort || port <= 0 ? "" : ":" + port)
                + request.getContextPath() + "/";
    }

    /** The client address, for slowing down floods of submits; the service never stores it. */
    static @Nullable String clientKey() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
