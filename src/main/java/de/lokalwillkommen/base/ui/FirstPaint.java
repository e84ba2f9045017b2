package de.lokalwillkommen.base.ui;

import java.util.function.BiFunction;
import org.jsoup.nodes.Element;

/**
 * A public page's static rendition, sent inside the first HTML so that a phone on slow data paints
 * the page before Vaadin's client engine has loaded and started. Features contribute one per route
 * (a Spring bean); {@link FirstPaintListener} wraps it in the public frame. It uses the same elements
 * and class names as the view, so nothing moves when the live view takes its place: the stylesheet
 * hides the first paint as soon as the live view is in the page.
 */
public interface FirstPaint {

    /** Whether this paints the page at {@code path} (the route without leading slash, e.g. "" or "book"). */
    boolean paints(String path);

    /**
     * Appends the page's content to {@code main}.
     *
     * @param translate the visitor's language: (key, arguments) to text
     */
    void paint(Element main, BiFunction<String, Object[], String> translate);
}
