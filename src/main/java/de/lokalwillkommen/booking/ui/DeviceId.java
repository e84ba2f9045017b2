package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A random id the browser keeps in the long-lived cookie {@code lw-device}, so the booking service can
 * limit the active bookings one device holds. It identifies a browser, not a person, and says nothing else.
 */
final class DeviceId {

    static final String COOKIE = "lw-device";
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f-]{36}");

    private DeviceId() {
    }

    /** The id of this browser; creates it (and the cookie) on the first booking attempt. */
    static String current() {
        VaadinSession session = VaadinSession.getCurrent();
        String known = session == null ? null : (String) session.getAttribute(COOKIE);
        if (known != null) {
            return known;
        }
        String id = fromCookie(VaadinRequest.getCurrent());
        if (id == null) {
            id = UUID.randomUUID().toString();
            remember(id);
        }
        if (session != null) {
            session.setAttribute(COOKIE, id);
        }
        return id;
    }

    private static @Nullable String fromCookie(@Nullable VaadinRequest request) {
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

    private static void remember(String id) {
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response == null || request == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, id);
        cookie.setMaxAge(ONE_YEAR_SECONDS);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** Who is asking, for slowing down floods of attempts; the booking service never stores it. */
    static @Nullable String clientKey() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
