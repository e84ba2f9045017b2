package de.lokalwillkommen.event.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.ui.Bidi;
import de.lokalwillkommen.event.EventSummary;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/** One event: kind, title, day and time, place, languages, the short text and its calendar file. */
class EventCard extends Composite<Div> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

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
        Locale locale = getLocale() == null ? Locale.GERMAN : getLocale();
        String day = getTranslation("agenda.dayAndDate", getTranslation("weekday." + event.start().getDayOfWeek().name()),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(event.start()));
        card.add(new Paragraph(day + " · \u2066" + TIME.format(event.start()) + "–" + TIME.format(event.end()) + "\u2069"));
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
