package de.lokalwillkommen.base.security.ui;

import com.vaadin.flow.i18n.I18NProvider;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.LanguageCookie;
import de.lokalwillkommen.base.i18n.Languages;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /login}: the sign-in page Spring Security sends anonymous visitors of staff pages to. Spring MVC answers
 * before Vaadin; the POST to the same address is Spring Security's form login (throttled, CSRF-checked).
 */
@RestController
class SignInController {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final I18NProvider texts;
    private final Languages languages;

    SignInController(I18NProvider texts, Languages languages) {
        this.texts = texts;
        this.languages = languages;
    }

    @GetMapping("/login")
    ResponseEntity<String> page(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String html = new SignInPage(texts, language(request)).render(request.getContextPath() + "/",
                csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken(),
                request.getParameter("error") != null);
        // The token belongs to this session: never from a shared cache, never an old copy from the back button.
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore()).body(html);
    }

    /** As in the app: the visitor's chosen language (cookie), else the browser's preference, else German. */
    private Language language(HttpServletRequest request) {
        return LanguageCookie.read(request.getCookies()).flatMap(languages::byCode)
                .orElseGet(() -> languages.bestMatch(Collections.list(request.getLocales())));
    }
}
