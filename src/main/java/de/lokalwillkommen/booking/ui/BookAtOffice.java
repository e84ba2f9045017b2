package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.ui.OfficePageAction;
import java.util.Optional;

/** "Book a consultation" on an office's page: opens the booking flow with that office chosen. */
@org.springframework.stereotype.Component
class BookAtOffice implements OfficePageAction {

    @Override
    public com.vaadin.flow.component.Component create(OfficeDetails office) {
        return link(office.slug());
    }

    @Override
    public Optional<StaticLink> firstPaint(OfficeDetails office) {
        return Optional.of(new StaticLink(BookView.ROUTE + "?"
                + QueryParameters.of(BookView.OFFICE_PARAMETER, office.slug()).getQueryString(), "book.atOffice"));
    }

    /** A link that looks like a button: it navigates, and can be opened in a new tab or shared. */
    static RouterLink link(String officeSlug) {
        RouterLink link = new RouterLink();
        link.setRoute(BookView.class);
        link.setQueryParameters(QueryParameters.of(BookView.OFFICE_PARAMETER, officeSlug));
        link.setText(link.getTranslation("book.atOffice"));
        link.addClassName("lw-button-link");
        return link;
    }
}
