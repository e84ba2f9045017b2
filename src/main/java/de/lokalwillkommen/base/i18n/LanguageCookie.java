package de.lokalwillkommen.base.i18n;

import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;

/** The visitor's language choice, remembered for a year in a cookie that holds nothing but the code. */
public final class LanguageCookie {

    public static final String NAME = "lw-lang";
    static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    private LanguageCookie() {
    }

    public static Optional<String> read(Cookie[] cookies) {
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> NAME.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    static Cookie create(String code, String contextPath) {
        Cookie cookie = new Cookie(NAME, code);
        cookie.setMaxAge(ONE_YEAR_SECONDS);
        cookie.setPath(contextPath.isEmpty() ? "/" : contextPath);
        cookie.setHttpOnly(false); // the offline page reads it to pick its language
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
