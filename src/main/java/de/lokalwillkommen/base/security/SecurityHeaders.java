package de.lokalwillkommen.base.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The response headers a city's security review asks for, beside Spring Security's defaults (nosniff,
 * X-Frame-Options DENY, no caching of pages, and HSTS on HTTPS requests). See the README, "Security".
 */
final class SecurityHeaders {

    /**
     * What Vaadin Flow runs under. Flow's client evaluates the JavaScript snippets the server sends
     * ({@code new Function}, hence 'unsafe-eval'), its bootstrap page carries inline scripts whose content changes per
     * request (hence 'unsafe-inline': Flow 25 offers no nonce for them), and its components set inline styles.
     * What the policy still gives: no script, style, font, frame or connection from any other origin, no plugins, no
     * framing by other sites, forms post only to this app, and no {@code <base>} rewriting.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "media-src 'self' blob:",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Powerful browser features the app never uses, switched off for it and anything it could ever embed. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=()";

    /**
     * Pages whose address is a personal key (booking and its appointment card, volunteer offer, message, message
     * conversation, waitlist entry): it must never leave as a referrer.
     */
    static final Pattern PERSONAL_LINK =
            Pattern.compile("^/((booking|volunteer/offer|message|conversation|waitlist)/[^/]+|booking/[^/]+/card)$");

    private static final String REFERRER_POLICY = "Referrer-Policy";

    /**
     * Hashed, static files of the app (scripts, styles, icons): the policies above govern documents and workers, not
     * the files they load, and some 500 bytes of headers on each of the ~25 files of a first visit cost a newcomer on
     * prepaid data about 15 KB for nothing.
     */
    static final Pattern STATIC_FILE = Pattern.compile("^/(VAADIN|lumo|styles|icons|scripts)/.*");

    private SecurityHeaders() {
    }

    /** The policy headers, written on every response except the static files ({@link #STATIC_FILE}). */
    static List<HeaderWriter> onPagesOnly() {
        RequestMatcher notStatic = request -> !STATIC_FILE.matcher(
                request.getRequestURI().substring(request.getContextPath().length())).matches();
        CrossOriginOpenerPolicyHeaderWriter coop = new CrossOriginOpenerPolicyHeaderWriter();
        coop.setPolicy(CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN);
        return List.of(new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY), referrerPolicy(),
                new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY), coop).stream()
                .<HeaderWriter>map(writer -> new DelegatingRequestMatcherHeaderWriter(notStatic, writer)).toList();
    }

    /** {@code no-referrer} on personal-link pages, {@code strict-origin-when-cross-origin} elsewhere. */
    static HeaderWriter referrerPolicy() {
        return (HttpServletRequest request, HttpServletResponse response) -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            response.setHeader(REFERRER_POLICY,
                    PERSONAL_LINK.matcher(path).matches() ? "no-referrer" : "strict-origin-when-cross-origin");
        };
    }
}
