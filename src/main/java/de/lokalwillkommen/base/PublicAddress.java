package de.lokalwillkommen.base;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address people reach this app at ({@code lw.public-base-url}, e.g. {@code https://willkommen.dortmund.de/}),
 * for links that leave the app without a request to take the host from: personal links in mails.
 */
@Component
public class PublicAddress {

    private final String base;

    public PublicAddress(@Value("${lw.public-base-url:http://localhost:8080/}") @Nullable String base) {
        String configured = base == null || base.isBlank() ? "http://localhost:8080/" : base.strip();
        this.base = configured.endsWith("/") ? configured : configured + "/";
    }

    /** The absolute address of a path inside the app ("booking/abc" -> "https://…/booking/abc"). */
    public String of(String path) {
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }

    public String base() {
        return base;
    }
}
