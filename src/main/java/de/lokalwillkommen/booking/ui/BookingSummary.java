package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.booking.BookingDetails;

/** A booking at a glance: the short code first (people read it out on the phone), then when, where, what. */
class BookingSummary extends Div {

    BookingSummary(BookingDetails booking, Place place) {
        addClassName("lw-summary");
        LocalDates dates = LocalDates.of(this);
        Span code = new Span(booking.code());
        code.addClassName("lw-code");
        code.getElement().setAttribute("dir", "ltr");
        Paragraph codeLine = new Paragraph(new Span(getTranslation("book.code")), code);
        codeLine.addClassName("lw-code-line");
        Paragraph day = new Paragraph(dates.day(booking.start().toLocalDate()));
        day.addClassName("lw-summary-when");
        Paragraph time = new Paragraph(dates.range(booking.start(), booking.end()));
        time.addClassName("lw-summary-when");
        add(codeLine, day, time, new Paragraph(getTranslation("book.place", Bidi.isolate(place.line()))));
        String map = place.mapLink();
        if (map != null) {
            Anchor link = new Anchor(map, getTranslation("office.openMap"));
            link.setTarget("_blank");
            // The page address holds the personal token: never send it along to another site.
            link.getElement().setAttribute("rel", "noopener noreferrer");
            add(new Paragraph(link));
        }
        add(new Paragraph(getTranslation("book.summary.topic", getTranslation("topic." + booking.topic().name()))),
                new Paragraph(getTranslation("book.summary.persons", booking.persons())));
        if (booking.interpreter()) {
            add(new Paragraph(getTranslation("book.summary.interpreter")));
        }
        if (booking.name() != null) {
            add(new Paragraph(getTranslation("book.summary.name", Bidi.isolate(booking.name()))));
        }
    }
}
