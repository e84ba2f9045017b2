package de.lokalwillkommen.home.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.office.ui.OfficesView;

/**
 * Says honestly what a start-page entry will offer and that it is not there yet, and points to what
 * works today: the offices and their contacts. No form that pretends to work.
 */
@Route(value = UpcomingFeatureView.ROUTE, layout = PublicLayout.class)
@AnonymousAllowed
public class UpcomingFeatureView extends Composite<VerticalLayout> implements HasUrlParameter<String>, HasDynamicTitle {

    static final String ROUTE = "soon";

    private String title = "";

    public UpcomingFeatureView() {
        getContent().addClassName("lw-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        String key = UpcomingFeature.bySlug(slug).map(f -> "soon." + f.slug()).orElse("soon.unknown");
        title = getTranslation(key + ".title");
        getContent().removeAll();
        getContent().add(new H1(title), new Paragraph(getTranslation(key + ".text")),
                new Paragraph(getTranslation("soon.meanwhile")),
                new RouterLink(getTranslation("soon.toOffices"), OfficesView.class));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
