package de.lokalwillkommen.message.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.regex.Pattern;

/**
 * Typed text of a conversation on a page: always as text (never HTML), in its own direction ({@code dir=auto},
 * isolated by the style sheet), and without the explicit embedding, override and isolate characters
 * (U+202A–U+202E, U+2066–U+2069): pasted into a message they would reorder what follows on the page. The stored
 * text keeps them; only the display drops them.
 */
final class ConversationText {

    private static final Pattern REORDERING = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    private ConversationText() {
    }

    static String neutralised(String text) {
        return REORDERING.matcher(text).replaceAll("");
    }

    /** A paragraph of typed text in {@code language}, line breaks kept by the style sheet. */
    static Paragraph paragraph(String text, String language) {
        Paragraph paragraph = new Paragraph(neutralised(text));
        paragraph.addClassName("lw-conversation-text");
        paragraph.getElement().setAttribute("dir", "auto");
        paragraph.getElement().setAttribute("lang", language);
        return paragraph;
    }
}
