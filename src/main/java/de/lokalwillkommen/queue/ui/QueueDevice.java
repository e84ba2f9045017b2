package de.lokalwillkommen.queue.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The browser's random id in the long-lived {@code lw-device} cookie (the one booking uses too): the queue holds one
 * active number per device and session. It identifies a browser, not a person; the queue stores only its hash.
 */
final class QueueDevice {

    static final String COOKIE = "lw-device";
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f-]{36}");

    private QueueDevice() {
    }

    /** The id of this browser, if it has one already. */
    static @Nullable String known() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && SHAPE.matcher(cookie.getValue()).matches()) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** The id of this browser; creates it and the cookie on the first number. */
    static String current() {
        String id = known();
        if (id != null) {
            return id;
        }
        id = UUID.randomUUID().toString();
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response != null && request != null) {
            Cookie cookie = new Cookie(COOKIE, id);
            cookie.setMaxAge(ONE_YEAR_SECONDS);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        return id;
    }
}
