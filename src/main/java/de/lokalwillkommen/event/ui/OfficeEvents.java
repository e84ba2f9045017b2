package de.lokalwillkommen.event.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.event.EventService;
import de.lokalwillkommen.event.EventSummary;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.ui.OfficePageSection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The office page's "Events" section: this office's coming events, and a link to the city's list. */
@org.springframework.stereotype.Component
class OfficeEvents implements OfficePageSection {

    private final EventService events;
    private final Languages languages;

    OfficeEvents(EventService events, Languages languages) {
        this.events = events;
        this.languages = languages;
    }

    @Override
    public @Nullable Component create(OfficeDetails office) {
        List<EventSummary> upcoming = events.upcoming(office.id());
        if (upcoming.isEmpty()) {
            return null;
        }
        Div section = new Div();
        section.addClassName("lw-contact-office-events");
        section.add(new H2(section.getTranslation("event.office.title")));
        upcoming.forEach(event -> section.add(new EventCard(event, languages, false)));
        // By path: a class reference would add the list page's components to every office page's bundle.
        section.add(new Anchor(EventsView.ROUTE, section.getTranslation("event.city.link")));
        return section;
    }
}
