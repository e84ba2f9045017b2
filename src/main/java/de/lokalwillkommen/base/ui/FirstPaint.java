package de.lokalwillkommen.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import de.lokalwillkommen.base.i18n.Language;
import java.util.Collection;
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

    /** The document title, as the view's {@code getPageTitle()} gives it. */
    String title(String path, Texts texts);

    /** Appends the page's content to {@code main}. */
    void paint(Element main, String path, Texts texts);

    /** The visitor's language and the texts in it. */
    record Texts(Language language, I18NProvider translations) {

        public String get(String key, Object... args) {
            return translations.getTranslation(key, language.locale(), args);
        }

        /** A name placed into a translated sentence, isolated on right-to-left pages as {@link Bidi} does in views. */
        public String inSentence(String value) {
            return language.rtl() ? Bidi.isolate(value) : value;
        }

        /** Several names in a sentence, each in its own direction, joined by {@code separator}. */
        public String inSentence(Collection<String> values, String separator) {
            return String.join(separator, values.stream().map(this::inSentence).toList());
        }
    }
}
