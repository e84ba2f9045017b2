package de.lokalwillkommen.home.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.router.RouterLink;

/** One big, thumb-sized door on the start page: icon, name and a short hint, all one link. */
class StartEntry extends RouterLink {

    StartEntry(StartDoor door) {
        getElement().setAttribute("href", door.path());
        addClassName("lw-start-entry");
        SvgIcon glyph = new SvgIcon("icons/" + door.icon() + ".svg");
        glyph.getElement().setAttribute("aria-hidden", "true");
        Span title = new Span(getTranslation(door.titleKey()));
        title.addClassName("lw-start-entry-title");
        Span hint = new Span(getTranslation(door.hintKey()));
        hint.addClassName("lw-start-entry-hint");
        add(glyph, title, hint);
    }
}
