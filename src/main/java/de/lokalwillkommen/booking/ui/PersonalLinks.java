package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/** The addresses of a booking's personal page and calendar file: the token is the only key to both. */
final class PersonalLinks {

    /** The route of the manage page, as {@link BookingView} declares it. */
    static final String PAGE = "booking/";

    private PersonalLinks() {
    }

    /** Relative to the app's base, for links inside the app. */
    static String page(String token) {
        return PAGE + token;
    }

    static String calendar(String token) {
        return PAGE + token + ".ics";
    }

    /** The full address people keep (and paste into a message to themselves). */
    static String absolutePage(String token) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof VaadinServletRequest servlet) {
            return base(servlet.getHttpServletRequest()) + page(token);
        }
        return page(token);
    }

    /** "https://host[:port]/context/"; behind a proxy this relies on the forwarded headers being honoured. */
    static String base(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort || port <= 0 ? "" : ":" + port)
                + request.getContextPath() + "/";
    }
}
