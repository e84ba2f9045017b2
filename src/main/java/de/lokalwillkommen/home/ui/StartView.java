package de.lokalwillkommen.home.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.booking.ui.BookView;
import de.lokalwillkommen.office.ui.OfficesView;
import de.lokalwillkommen.volunteer.ui.VolunteerView;

/** The start page, phone first: who we are in one sentence, then four big doors. */
@Route(value = "", layout = PublicLayout.class)
@AnonymousAllowed
public class StartView extends Composite<Div> implements HasDynamicTitle {

    public StartView() {
        Div content = getContent();
        content.addClassName("lw-start");
        Div entries = new Div(
                new StartEntry("calendar", "start.book", "start.book.hint", BookView.ROUTE),
                new StartEntry("book", "start.guidance", "start.guidance.hint",
                        UpcomingFeatureView.class, UpcomingFeature.GUIDANCE.slug()),
                new StartEntry("map-marker", "start.offices", "start.offices.hint", OfficesView.class, null),
                new StartEntry("helping-hand", "start.volunteer", "start.volunteer.hint", VolunteerView.ROUTE));
        entries.addClassName("lw-start-entries");
        content.add(new H1(getTranslation("start.title")), new Paragraph(getTranslation("start.intro")), entries);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " – " + getTranslation("start.title");
    }
}
