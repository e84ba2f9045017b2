package de.lokalwillkommen.base.ui;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Vaadin components drawn with plain elements in a first paint. The controls do nothing: a visitor cannot type
 * into a field that the live view would replace a moment later, so it is no input but its picture (label, box,
 * hint), hidden from screen readers, which meet the real field once the view attaches.
 */
public final class FirstPaintControls {

    private FirstPaintControls() {
    }

    /**
     * A {@code VerticalLayout} (a column with Lumo's spacing, children at the start), as a div with the view's
     * class names; {@code lw-first-column} gives it the layout's look in the inline style sheet.
     */
    public static Element column(Element parent, String... classNames) {
        Element column = parent.appendElement("div").addClass("lw-first-column");
        for (String className : classNames) {
            column.addClass(className);
        }
        return column;
    }

    /** A field's label, empty box and helper text, in a wrapper with the live field's class name. */
    public static Element field(Element parent, String className, String label, @Nullable String helper) {
        Element field = parent.appendElement("div").addClass("lw-first-field").addClass(className)
                .attr("aria-hidden", "true");
        field.appendElement("span").addClass("lw-first-field-label").text(label);
        field.appendElement("span").addClass("lw-first-field-box");
        if (helper != null) {
            field.appendElement("span").addClass("lw-first-field-helper").text(helper);
        }
        return field;
    }

    /** A button's face. */
    public static Element button(Element parent, String text) {
        return parent.appendElement("span").addClass("lw-first-button").attr("aria-hidden", "true").text(text);
    }
}
