package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import de.lokalwillkommen.booking.FreeSlot;

/** The time and place chosen in step 2, repeated above the form so nobody books the wrong one. */
class ChosenTime extends Div {

    ChosenTime(FreeSlot slot, Place place) {
        addClassName("lw-summary");
        Paragraph day = new Paragraph(getTranslation("book.chosen",
                Bidi.isolate(TimeFormats.day(slot.start().toLocalDate(), getLocale()))));
        Paragraph time = new Paragraph(TimeFormats.range(slot.start(), slot.end(), getLocale()));
        time.addClassName("lw-summary-when");
        add(day, time, new Paragraph(getTranslation("book.place", Bidi.isolate(place.line()))));
    }
}
