package de.lokalwillkommen.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import de.lokalwillkommen.base.i18n.UiLanguage;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Puts the first paint of a public page into the outlet of the first HTML: the whole frame of
 * {@link PublicLayout} (header with the brand and room for the language switcher, footer) around the
 * page's static content. At the swap the first paint is hidden and the live page's elements are new, so
 * nothing counts as a layout shift; and since the live elements are no larger than their first-paint twins,
 * the largest contentful paint stays the first one.
 */
@Component
class FirstPaintListener implements VaadinServiceInitListener {

    static final String MARKER = "lw-first-paint";

    private final List<FirstPaint> pages;
    private final UiLanguage uiLanguage;
    private final I18NProvider translations;

    FirstPaintListener(List<FirstPaint> pages, UiLanguage uiLanguage, I18NProvider translations) {
        this.pages = pages;
        this.uiLanguage = uiLanguage;
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> paint(response.getDocument(), response.getVaadinRequest()));
    }

    void paint(Document document, VaadinRequest request) {
        String path = path(request);
        Optional<FirstPaint> page = pages.stream().filter(p -> p.paints(path)).findFirst();
        FirstPaint.Texts texts = new FirstPaint.Texts(uiLanguage.forRequest(request), translations);
        // Every page has a title from its first byte; the live view replaces it with its own.
        document.title(page.map(p -> p.title(path, texts)).orElseGet(() -> texts.get("app.name")));
        Element outlet = document.getElementById("outlet");
        if (page.isEmpty() || outlet == null) {
            return;
        }
        Element frame = outlet.appendElement("div").addClass("lw-public").addClass(MARKER);
        Element header = frame.appendElement("header").addClass("lw-header");
        header.appendElement("a").addClass("lw-brand").attr("href", ".").text(texts.get("app.name"));
        header.appendElement("div").addClass("lw-language-switcher").attr("aria-hidden", "true");
        Element main = frame.appendElement("main").addClass("lw-content");
        page.get().paint(main, path, texts);
        Element footer = frame.appendElement("footer").addClass("lw-footer");
        footer.appendElement("span").text(texts.get("footer.network"));
        Element legal = footer.appendElement("nav").addClass("lw-legal-links").attr("aria-label", texts.get("legal.links"));
        LegalLinks.ALL.forEach(link -> legal.appendElement("a").attr("href", link.route()).text(texts.get(link.textKey())));
        footer.appendElement("a").attr("href", "staff").text(texts.get("nav.staffLogin"));
        // Once the live view is in the outlet, the first paint leaves the page (the stylesheet already
        // hides it), so that nothing, neither a screen reader nor a test, finds the page twice.
        outlet.after("<script>new MutationObserver((changes, observer) => {"
                + "const outlet = document.getElementById('outlet');"
                + "if (outlet.children.length > 1) { outlet.querySelector('." + MARKER + "')?.remove();"
                + " observer.disconnect(); }"
                + "}).observe(document.getElementById('outlet'), { childList: true });</script>");
    }

    private static String path(VaadinRequest request) {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
