package de.lokalwillkommen.event.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.event.EventService;
import de.lokalwillkommen.event.EventSummary;
import java.util.List;

/** Every office's coming events in one list, for the whole city. */
@Route(value = EventsView.ROUTE, layout = PublicLayout.class)
@AnonymousAllowed
public class EventsView extends Composite<VerticalLayout> implements HasDynamicTitle {

    public static final String ROUTE = "events";
    static final int LIMIT = 100;

    public EventsView(EventService events, Languages languages) {
        VerticalLayout content = getContent();
        content.addClassName("lw-page");
        content.add(new H1(getTranslation("event.city.title")), new Paragraph(getTranslation("event.city.intro")));
        List<EventSummary> upcoming = events.upcomingInCity(LIMIT);
        if (upcoming.isEmpty()) {
            content.add(new Paragraph(getTranslation("event.none")));
        }
        upcoming.forEach(event -> content.add(new EventCard(event, languages, true)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("event.city.title") + " – " + getTranslation("app.name");
    }
}
