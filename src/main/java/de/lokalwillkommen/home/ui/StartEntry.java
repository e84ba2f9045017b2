package de.lokalwillkommen.home.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** One big, thumb-sized door on the start page: icon, name and a short hint, all one link. */
class StartEntry extends RouterLink {

    StartEntry(StartDoor door) {
        getElement().setAttribute("href", door.path());
        addClassName("lw-start-entry");
        // A span painted with the icon as a CSS mask, not an icon component: the start page is the route Vaadin
        // loads eagerly, and vaadin-icon would bring itself and vaadin-tooltip into every first visit.
        Span glyph = new Span();
        glyph.addClassNames("lw-door-icon", "lw-door-icon-" + door.icon());
        glyph.getElement().setAttribute("aria-hidden", "true");
        Span title = new Span(getTranslation(door.titleKey()));
        title.addClassName("lw-start-entry-title");
        Span hint = new Span(getTranslation(door.hintKey()));
        hint.addClassName("lw-start-entry-hint");
        add(glyph, title, hint);
    }
}
