package de.lokalwillkommen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;

/**
 * Keeps what a page shows in its address, without a new history entry, so a reload or a shared link shows
 * it again. Flow's {@code replaceState} only changes the browser's address; the UI would still rebuild the
 * page from the address it was entered with when the language is switched, bringing back an old search.
 */
public final class AddressBar {

    private AddressBar() {
    }

    public static void show(Class<? extends Component> view, QueryParameters parameters) {
        UI ui = UI.getCurrent();
        Location location = new Location(RouteConfiguration.forSessionScope().getUrl(view), parameters);
        ui.getPage().getHistory().replaceState(null, location);
        ui.getInternals().setLocationForRefresh(location);
    }
}
