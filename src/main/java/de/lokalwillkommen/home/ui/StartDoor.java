package de.lokalwillkommen.home.ui;

import de.lokalwillkommen.booking.ui.BookView;
import de.lokalwillkommen.finder.ui.FinderView;
import de.lokalwillkommen.guidance.ui.GuideView;
import de.lokalwillkommen.volunteer.ui.VolunteerView;
import java.util.List;

/**
 * One of the start page's big doors. Linked by path, not by view class: a class reference would make
 * Vaadin's bundler load that view's components on the start page, for everyone.
 *
 * @param icon an SVG under META-INF/resources/icons (the full Vaadin icon set would cost 60 KB here)
 */
record StartDoor(String icon, String titleKey, String hintKey, String path) {

    /** The doors in the order the start page shows them; its first paint shows the same. */
    static final List<StartDoor> ALL = List.of(
            new StartDoor("calendar", "start.book", "start.book.hint", BookView.ROUTE),
            new StartDoor("book", "start.guidance", "start.guidance.hint", GuideView.ROUTE),
            new StartDoor("map-marker", "start.offices", "start.offices.hint", FinderView.ROUTE),
            new StartDoor("helping-hand", "start.volunteer", "start.volunteer.hint", VolunteerView.ROUTE));
}
