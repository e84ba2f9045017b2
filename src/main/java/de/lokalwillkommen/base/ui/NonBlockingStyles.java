package de.lokalwillkommen.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lets the first HTML paint on its own (docs/decisions/0030): a small inline style sheet carries what the first paint
 * of the public pages needs; Lumo and the app's style sheet still load at once (preloaded, high priority) but no longer
 * block that paint; and Vaadin's client engine starts only once both have loaded, so the live view never shows
 * unstyled controls. Without the wait, a slow style sheet would let the components attach without Lumo.
 */
@Component
@Order(0)
class NonBlockingStyles implements VaadinServiceInitListener {

    static final String CRITICAL_CSS = read("/first-paint/critical.css");
    static final String DEFERRED = "data-lw-deferred";
    private static final String ENTRY = "script[type=module][src*=VAADIN/build/indexhtml-]";

    private final List<String> engineModules;

    NonBlockingStyles() {
        this(EngineModules.inBundle());
    }

    /** @param engineModules file names of the client engine's modules next to the entry script */
    NonBlockingStyles(List<String> engineModules) {
        this.engineModules = List.copyOf(engineModules);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> apply(response.getDocument()));
    }

    void apply(Document document) {
        Element head = document.head();
        head.prependElement("style").attr("id", "lw-critical").appendChild(new DataNode(CRITICAL_CSS));
        // charset and viewport stay first: the inline style goes right after them.
        List<Element> first = new ArrayList<>(head.select("meta[charset], meta[name=viewport]"));
        Collections.reverse(first);
        for (Element meta : first) {
            meta.remove();
            head.prependChild(meta);
        }
        var sheets = head.select("link[rel=stylesheet]");
        if (sheets.isEmpty()) {
            return;
        }
        for (Element sheet : sheets) {
            // A style sheet for print does not block the screen's paint; preloading keeps its priority high.
            sheet.before(new Element("link").attr("rel", "preload").attr("as", "style").attr("href", sheet.attr("href")));
            sheet.attr("media", "print").attr(DEFERRED, "");
        }
        Element entry = document.selectFirst(ENTRY);
        String start = "const sheets=[...document.querySelectorAll('link[" + DEFERRED + "]')];"
                + "await Promise.all(sheets.map(s=>s.sheet?0:new Promise(r=>{s.addEventListener('load',r);"
                + "s.addEventListener('error',r)})));"
                + "sheets.forEach(s=>s.media='all');document.documentElement.classList.add('lw-styled');";
        if (entry == null) {
            head.appendElement("script").attr("type", "module").appendChild(new DataNode(start));
            return;
        }
        String src = entry.attr("src");
        // Fetched at once as before; only its evaluation waits for the style sheets.
        Element preload = new Element("link").attr("rel", "modulepreload").attr("href", src);
        if (entry.hasAttr("crossorigin")) {
            preload.attr("crossorigin", entry.attr("crossorigin"));
        }
        entry.before(preload);
        String folder = src.substring(0, src.lastIndexOf('/') + 1);
        for (String module : engineModules) {
            Element next = preload.clone().attr("href", folder + module);
            entry.before(next);
        }
        entry.after(new Element("script").attr("type", "module")
                .appendChild(new DataNode(start + "import('" + src.replace("'", "%27") + "');")));
        entry.remove();
    }

    private static String read(String resource) {
        try (InputStream in = NonBlockingStyles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
