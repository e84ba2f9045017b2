package de.lokalwillkommen.office.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.office.OfficeService;

/** All welcome offices with the districts they serve; the street finder comes with its own issue. */
@Route(value = OfficesView.ROUTE, layout = PublicLayout.class)
@AnonymousAllowed
public class OfficesView extends Composite<VerticalLayout> implements HasDynamicTitle {

    /** The list's address, and the prefix of each office's page ({@link OfficeView}). */
    public static final String ROUTE = "offices";

    public OfficesView(OfficeService offices) {
        VerticalLayout content = getContent();
        content.addClassName("lw-page");
        content.add(new H1(getTranslation("offices.title")), new Paragraph(getTranslation("offices.intro")));
        offices.listOffices().forEach(office -> content.add(new OfficeCard(office)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offices.title") + " – " + getTranslation("app.name");
    }
}
