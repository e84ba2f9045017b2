package de.lokalwillkommen.message.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * "Your reference: K7F-2QX" under a sent message or report. The code stays left to right inside right-to-left text,
 * so a Farsi or Sorani reader copies it in the order staff will look it up.
 */
class MessageReference extends Div {

    MessageReference(String reference) {
        Span code = new Span(reference);
        code.addClassName("lw-contact-reference");
        code.getElement().setAttribute("dir", "ltr");
        add(new Span(getTranslation("message.reference") + " "), code);
        addClassName("lw-contact-receipt");
    }
}
