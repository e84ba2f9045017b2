package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.booking.FreeSlot;

/** The time and place chosen in step 2, repeated above the form so nobody books the wrong one. */
class ChosenTime extends Div {

    ChosenTime(FreeSlot slot, Place place) {
        addClassName("lw-summary");
        LocalDates dates = LocalDates.of(this);
        Paragraph day = new Paragraph(getTranslation("book.chosen",
                Bidi.isolate(dates.day(slot.start().toLocalDate()))));
        Paragraph time = new Paragraph(dates.range(slot.start(), slot.end()));
        time.addClassName("lw-summary-when");
        add(day, time, new Paragraph(getTranslation("book.place", Bidi.isolate(place.line()))));
    }
}
