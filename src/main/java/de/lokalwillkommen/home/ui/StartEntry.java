package de.lokalwillkommen.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.jspecify.annotations.Nullable;

/** One big, thumb-sized door on the start page: icon, name and a short hint, all one link. */
class StartEntry extends RouterLink {

    /** @param icon an SVG under META-INF/resources/icons: the full Vaadin icon set would cost 60 KB here. */
    StartEntry(String icon, String titleKey, String hintKey, Class<? extends Component> target,
            @Nullable String parameter) {
        if (parameter == null) {
            setRoute((Class) target);
        } else {
            setRoute((Class) target, parameter);
        }
        decorate(icon, titleKey, hintKey);
    }

    /**
     * An entry by path. For a feature whose view uses heavy components: a class reference from the start
     * page would make Vaadin's bundler load them on the start page, for everyone.
     */
    StartEntry(String icon, String titleKey, String hintKey, String path) {
        getElement().setAttribute("href", path);
        decorate(icon, titleKey, hintKey);
    }

    private void decorate(String icon, String titleKey, String hintKey) {
        addClassName("lw-start-entry");
        SvgIcon glyph = new SvgIcon("icons/" + icon + ".svg");
        glyph.getElement().setAttribute("aria-hidden", "true");
        Span title = new Span(getTranslation(titleKey));
        title.addClassName("lw-start-entry-title");
        Span hint = new Span(getTranslation(hintKey));
        hint.addClassName("lw-start-entry-hint");
        add(glyph, title, hint);
    }
}
