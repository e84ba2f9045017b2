package de.lokalwillkommen.base.security;

import de.lokalwillkommen.base.SlidingWindowLimit;
import de.lokalwillkommen.base.i18n.BundleTranslationProvider;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.LanguageCookie;
import de.lokalwillkommen.base.i18n.Languages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Sheds a flood of new sessions before memory runs out (each session holds a Vaadin UI, about 100-200 KB, for
 * {@code lw.session.anonymous-idle}). A client key (IPv4 address, IPv6 /64) may start {@code lw.session.new-per-client}
 * sessions per {@code lw.session.new-window}; beyond that, or while the server holds {@code lw.session.max-sessions}
 * (by default as many as half the heap holds at a generous 200 KB each: 2,621 with a 1 GB heap),
 * a request without a session gets a light "busy, please try again" page in the visitor's language (503, Retry-After)
 * instead of a new session. Requests of existing sessions are never refused: people in the middle of a booking go on.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class SessionFlood extends OncePerRequestFilter implements HttpSessionListener {

    static final int RETRY_AFTER_SECONDS = 30;

    private final SlidingWindowLimit newSessions;
    private final Map<String, Instant> refusedUntil = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final int maxSessions;
    private final Duration window;
    private final Clock clock;
    private final Languages languages;
    private final BundleTranslationProvider translations;

    SessionFlood(Clock clock, Languages languages, BundleTranslationProvider translations,
            @Value("${lw.session.new-per-client:120}") int perClient,
            @Value("${lw.session.new-window:10m}") Duration window,
            @Value("${lw.session.max-sessions:0}") int maxSessions) {
        this.newSessions = new SlidingWindowLimit(perClient, window, clock) {
        };
        this.window = window;
        this.maxSessions = maxSessions > 0 ? maxSessions : fromHeap(Runtime.getRuntime().maxMemory());
        this.clock = clock;
        this.languages = languages;
        this.translations = translations;
    }

    /** Measured: about 100 KB of heap per anonymous session at the booking step (README, Performance); half the heap. */
    static final long BYTES_PER_SESSION = 200 * 1024;

    static int fromHeap(long maxHeapBytes) {
        return (int) Math.max(1_000, Math.min(Integer.MAX_VALUE, maxHeapBytes / 2 / BYTES_PER_SESSION));
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.decrementAndGet();
    }

    int openSessions() {
        return open.get();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getSession(false) != null) {
            chain.doFilter(request, response);
            return;
        }
        String key = SignInThrottle.clientKey(request.getRemoteAddr());
        Instant now = clock.instant();
        // The machine itself (tests, benchmarks) and a proxy that does not pass the visitor's address on
        // (server.forward-headers-strategy not set): one key would stand for everybody, so only the ceiling applies.
        Instant until = isLoopback(request.getRemoteAddr()) ? null : refusedUntil.get(key);
        if ((until != null && now.isBefore(until)) || open.get() >= maxSessions) {
            busy(request, response);
            return;
        }
        chain.doFilter(request, response);
        HttpSession created = request.getSession(false);
        if (created != null && created.isNew() && !isLoopback(request.getRemoteAddr()) && !newSessions.tryAcquire(key)) {
            // This one is already answered; the next ones of this client wait until the window has passed.
            refusedUntil.put(key, now.plus(window));
            if (refusedUntil.size() > 10_000) {
                refusedUntil.values().removeIf(instant -> instant.isBefore(now));
            }
        }
    }

    private static boolean isLoopback(String address) {
        return address == null || address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Static files and the health check never make a session; the offline page and icons must stay reachable.
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/") || path.startsWith("/icons/") || path.startsWith("/styles/")
                || path.startsWith("/actuator/") || path.endsWith(".js") || path.endsWith(".webmanifest")
                || path.equals("/offline.html");
    }

    private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = LanguageCookie.read(request.getCookies()).flatMap(languages::byCode)
                .orElseGet(() -> languages.bestMatch(Collections.list(request.getLocales())));
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setContentType("text/html;charset=UTF-8");
        String title = HtmlUtils.htmlEscape(translations.getTranslation("busy.title", language.locale()));
        String text = HtmlUtils.htmlEscape(translations.getTranslation("busy.text", language.locale()));
        String again = HtmlUtils.htmlEscape(translations.getTranslation("busy.again", language.locale()));
        response.getOutputStream().write(("<!DOCTYPE html><html lang=\"" + language.code() + "\" dir=\""
                + (language.rtl() ? "rtl" : "ltr") + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1><p>" + text + "</p><p><a href=\""
                + HtmlUtils.htmlEscape(request.getRequestURI()) + "\">" + again + "</a></p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8));
    }
}
