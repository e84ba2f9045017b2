package de.lokalwillkommen.base.web;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Static files on a cheap phone's data plan (docs/decisions/0030).
 * <ul>
 * <li>Content-hashed files are kept for a year: the scripts of the bundle under {@code /VAADIN/build/} (the hash is
 * in the name) and the app shell's style sheets when asked for with Vaadin's content hash ({@code ?v-c=}). Vaadin
 * itself sends one hour for both.</li>
 * <li>Brotli: Vaadin's build already writes a {@code .br} twin of each bundle script and serves it to browsers that
 * accept it. The two style sheets (Lumo's 234 KB and the app's) are not part of that build, so they are compressed
 * here, once per start from the very files served (so never stale), at Brotli's highest quality, instead of the
 * server's on-the-fly gzip (which answers until that is done). Without the native Brotli library, gzip goes on as before.</li>
 * </ul>
 * Runs after Spring Security, so the security headers stay.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class StaticFiles extends OncePerRequestFilter {

    static final String YEAR = "public, max-age=31536000, immutable";
    static final Set<String> STYLE_SHEETS = Set.of("/lumo/lumo.css", "/styles/lokal-willkommen.css");
    private static final String BUNDLE = "/VAADIN/build/";
    private static final Logger log = LoggerFactory.getLogger(StaticFiles.class);

    private final Map<String, Optional<byte[]>> brotli = new ConcurrentHashMap<>();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        String path = path(request);
        return !("GET".equals(method) || "HEAD".equals(method))
                || !(path.startsWith(BUNDLE) || STYLE_SHEETS.contains(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);
        boolean hashed = path.startsWith(BUNDLE) || request.getParameter("v-c") != null;
        if (STYLE_SHEETS.contains(path) && acceptsBrotli(request)) {
            // Absent until the start-up compression has finished: until then the server's gzip answers, nobody waits.
            Optional<byte[]> compressed = brotli.getOrDefault(path, Optional.empty());
            if (compressed.isPresent()) {
                response.setContentType("text/css;charset=UTF-8");
                response.setHeader(HttpHeaders.CONTENT_ENCODING, "br");
                response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
                response.setHeader(HttpHeaders.CACHE_CONTROL, hashed ? YEAR : "max-age=3600");
                response.setContentLength(compressed.get().length);
                if ("GET".equals(request.getMethod())) {
                    response.getOutputStream().write(compressed.get());
                }
                return;
            }
        }
        chain.doFilter(request, hashed ? new KeptForAYear(response) : response);
    }

    /**
     * Once the app is ready (the server already answers): Brotli at its highest quality takes a few hundred
     * milliseconds for Lumo, seconds on a busy machine, which no request should wait for.
     */
    @EventListener(ApplicationReadyEvent.class)
    void compressStyleSheets() {
        STYLE_SHEETS.forEach(path -> brotli.put(path, compress(path)));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static boolean acceptsBrotli(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equalsIgnoreCase("br")) {
                return parts.length < 2 || !parts[1].replace(" ", "").equals("q=0");
            }
        }
        return false;
    }

    private static Optional<byte[]> compress(String path) {
        try (InputStream in = StaticFiles.class.getResourceAsStream("/META-INF/resources" + path)) {
            if (in == null || !Brotli4jLoader.isAvailable()) {
                return Optional.empty();
            }
            return Optional.of(Encoder.compress(in.readAllBytes(), new Encoder.Parameters().setQuality(11)));
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            log.warn("Brotli for {} unavailable, the server's gzip answers instead: {}", path, e.toString());
            return Optional.empty();
        }
    }

    /** Whatever cache lifetime Vaadin's file server sets, a file named by its content is kept for a year. */
    private static final class KeptForAYear extends HttpServletResponseWrapper {

        KeptForAYear(HttpServletResponse response) {
            super(response);
            response.setHeader(HttpHeaders.CACHE_CONTROL, YEAR);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? YEAR : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
                super.setHeader(name, YEAR);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
