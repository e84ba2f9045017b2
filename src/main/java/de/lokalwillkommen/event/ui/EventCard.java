package de.lokalwillkommen.event.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.ui.Bidi;
import de.lokalwillkommen.event.EventSummary;
import java.util.stream.Collectors;

/** One event: kind, title, day and time, place, languages, the short text and its calendar file. */
class EventCard extends Composite<Div> {

    EventCard(EventSummary event, Languages languages, boolean showOffice) {
        Div card = getContent();
        card.addClassNames("lw-card", "lw-contact-event");
        Span kind = new Span(getTranslation("event.type." + event.type().name()));
        kind.addClassName("lw-contact-event-type");
        card.add(kind, new H3(event.title()));
        if (event.cancelled()) {
            Paragraph cancelled = new Paragraph(getTranslation("event.cancelled"));
            cancelled.addClassName("lw-refusal");
            card.add(cancelled);
        }
        LocalDates dates = LocalDates.of(this);
        card.add(new Paragraph(dates.day(event.start().toLocalDate()) + " · " + dates.range(event.start(), event.end())));
        card.add(new Paragraph(getTranslation("event.place", event.place())));
        if (showOffice) {
            card.add(new Paragraph(getTranslation("event.office", Bidi.inSentence(this, event.officeName()))));
        }
        if (!event.languages().isEmpty()) {
            card.add(new Paragraph(getTranslation("finder.hours.languages", event.languages().stream()
                    .map(code -> languages.byCode(code).map(l -> l.name()).orElse(code)).collect(Collectors.joining(", ")))));
        }
        if (!event.description().isBlank()) {
            card.add(new Paragraph(event.description()));
        }
        if (!event.cancelled()) {
            Anchor calendar = new Anchor(EventCalendarController.path(event.id()), getTranslation("event.calendar"));
            calendar.getElement().setAttribute("download", "lokal-willkommen-" + event.id() + ".ics");
            card.add(calendar);
        }
    }
}
