package de.lokalwillkommen.guidance.ui;

import com.vaadin.flow.i18n.I18NProvider;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.guidance.GuidanceService;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The light rendition of the guide at stable addresses: {@code /guide/<language>/} lists every
 * article, {@code /guide/<language>/<slug>} is one article, {@code /guide/sw.js} is the worker that
 * keeps them for offline reading (docs/decisions/0010). Spring MVC answers before Vaadin; the
 * patterns only match two- and three-letter language codes, optionally with a script subtag
 * ({@code sr-Latn}), so Vaadin's {@code guide/topic/...} and {@code guide/article/...} pass by.
 */
@RestController
class GuideLightController {

    static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final String LANGUAGE = "{language:[a-z]{2,3}(?:-[A-Z][a-z]{3})?}";

    private final GuidanceService guidance;
    private final Languages languages;
    private final I18NProvider texts;

    GuideLightController(GuidanceService guidance, Languages languages, I18NProvider texts) {
        this.guidance = guidance;
        this.languages = languages;
        this.texts = texts;
    }

    @GetMapping("/guide/" + LANGUAGE)
    ResponseEntity<Void> toIndex(@PathVariable String language, HttpServletRequest request) {
        if (languages.byCode(language).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .location(URI.create(root(request) + GuideLightPage.indexPath(language))).build();
    }

    @GetMapping("/guide/" + LANGUAGE + "/")
    ResponseEntity<String> index(@PathVariable String language, HttpServletRequest request) {
        Optional<Language> wanted = languages.byCode(language);
        if (wanted.isEmpty()) {
            return notFound(languages.source(), request);
        }
        String html = new GuideLightPage(texts, languages, wanted.get())
                .index(guidance.publishedArticles(wanted.get().code()), root(request));
        return page(html);
    }

    @GetMapping("/guide/" + LANGUAGE + "/{slug:[a-z0-9-]+}")
    ResponseEntity<String> article(@PathVariable String language, @PathVariable String slug,
            HttpServletRequest request) {
        Optional<Language> wanted = languages.byCode(language);
        return wanted.flatMap(l -> guidance.read(slug, l.code()))
                .map(a -> page(new GuideLightPage(texts, languages, wanted.get()).article(a, root(request))))
                .orElseGet(() -> notFound(wanted.orElse(languages.source()), request));
    }

    @GetMapping(value = "/guide/sw.js", produces = "text/javascript;charset=UTF-8")
    ResponseEntity<String> serviceWorker() {
        // Browsers check for a new worker on navigation; no-cache keeps that check honest.
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(GuideScripts.SERVICE_WORKER);
    }

    /** A real page with a content type: an empty 404 made browsers show ERR_INVALID_RESPONSE. */
    private ResponseEntity<String> notFound(Language language, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).cacheControl(CacheControl.noCache())
                .body(new GuideLightPage(texts, languages, language).notFound(root(request)));
    }

    private static ResponseEntity<String> page(String html) {
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noCache())
                .body(html);
    }

    /** The app's root as the browser sees it, for the pages' base: relative links then work at any depth. */
    private static String root(HttpServletRequest request) {
        return request.getContextPath() + "/";
    }
}
