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
import java.util.stream.Collectors;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lets the first HTML paint on its own (docs/decisions/0030): a small inline style sheet carries what the first paint
 * of the public pages needs; Lumo, the app's style sheet and the client engine's modules are fetched right after that
 * paint (all at once) instead of competing with the page for a slow line; and Vaadin's client engine starts only once
 * both sheets have loaded, so the live view never shows unstyled controls. Without the wait, a slow style sheet would
 * let the components attach without Lumo.
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
            // No address yet: nothing is fetched before the first paint. A style sheet for print would not block
            // the screen's paint either, so the live view's sheets switch to all media only once both have loaded.
            sheet.attr(DEFERRED, sheet.attr("href")).removeAttr("href").attr("media", "print");
        }
        Element entry = document.selectFirst(ENTRY);
        List<String> modules = new ArrayList<>();
        String crossOrigin = "";
        String src = entry == null ? "" : entry.attr("src");
        if (entry != null) {
            crossOrigin = entry.hasAttr("crossorigin") ? "l.crossOrigin='';" : "";
            String folder = src.substring(0, src.lastIndexOf('/') + 1);
            modules.add(src);
            engineModules.forEach(module -> modules.add(folder + module));
            for (Element preload : head.select("link[rel=modulepreload]")) {
                modules.add(preload.attr("href"));
                preload.remove();
            }
        }
        String list = modules.stream().map(NonBlockingStyles::literal).collect(Collectors.joining(","));
        // After the first frame: the text paints from the first HTML alone, and on slow data the engine and the
        // style sheets no longer share the line with the rest of the page. Then everything is fetched at once (the
        // engine's modules too, instead of one after the other), and the engine starts once both sheets apply,
        // so the live view never attaches without Lumo.
        String start = "const sheets=[...document.querySelectorAll('link[" + DEFERRED + "]')];"
                + "await new Promise(r=>requestAnimationFrame(()=>setTimeout(r)));"
                + "const loaded=Promise.all(sheets.map(s=>new Promise(r=>{s.addEventListener('load',r);"
                + "s.addEventListener('error',r)})));"
                + "for(const m of[" + list + "]){const l=document.createElement('link');l.rel='modulepreload';"
                + crossOrigin + "l.href=m;document.head.append(l)}"
                + "sheets.forEach(s=>s.href=s.getAttribute('" + DEFERRED + "'));await loaded;"
                + "sheets.forEach(s=>s.media='all');document.documentElement.classList.add('lw-styled');";
        Element script = new Element("script").attr("type", "module");
        if (entry == null) {
            head.appendChild(script.appendChild(new DataNode(start)));
            return;
        }
        entry.after(script.appendChild(new DataNode(start + "import(" + literal(src) + ");")));
        entry.remove();
    }

    private static String literal(String url) {
        return "'" + url.replace("'", "%27") + "'";
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
