package de.lokalwillkommen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import java.util.Collection;

/**
 * Names, codes and typed text placed into a translated sentence keep their own direction: a Latin office name
 * at the end of an Arabic sentence would otherwise take the sentence's full stop or closing quote to its own
 * side. Unicode's first-strong isolates (FSI … PDI) do in plain text what {@code <bdi>} does in HTML, so they
 * also work in texts given to components, in page titles and in mails.
 */
public final class Bidi {

    private static final String FIRST_STRONG_ISOLATE = "\u2068";
    private static final String POP_DIRECTIONAL_ISOLATE = "\u2069";

    private Bidi() {
    }

    public static String isolate(String value) {
        return FIRST_STRONG_ISOLATE + value + POP_DIRECTIONAL_ISOLATE;
    }

    /**
     * {@code value} isolated where the page reads right to left (Arabic, Farsi, Pashto), where Latin names,
     * codes and quotes meet right-to-left words; left-to-right pages keep their plain text.
     */
    public static String inSentence(Component context, String value) {
        return rightToLeft(context) ? isolate(value) : value;
    }

    /** Several names in a list, each kept in its own direction, joined by {@code separator}. */
    public static String inSentence(Component context, Collection<String> values, String separator) {
        return String.join(separator, values.stream().map(v -> inSentence(context, v)).toList());
    }

    private static boolean rightToLeft(Component context) {
        UI ui = context.getUI().orElseGet(UI::getCurrent);
        return ui != null && ComponentUtil.getData(ui, Direction.class) == Direction.RIGHT_TO_LEFT;
    }
}
