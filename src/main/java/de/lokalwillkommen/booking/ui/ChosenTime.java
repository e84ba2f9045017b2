package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import de.lokalwillkommen.booking.FreeSlot;

/** The time and place chosen in step 2, repeated above the form so nobody books the wrong one. */
class ChosenTime extends Div {

    ChosenTime(FreeSlot slot, Place place) {
        addClassName("lw-summary");
        Paragraph when = new Paragraph(getTranslation("book.chosen", TimeFormats.span(slot.start(), slot.end(), getLocale())));
        when.addClassName("lw-summary-when");
        add(when, new Paragraph(getTranslation("book.place", place.line())));
    }
}
