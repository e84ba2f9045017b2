package de.lokalwillkommen.finder.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.ui.AddressBar;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.base.ui.Bidi;
import de.lokalwillkommen.finder.FinderHit;
import de.lokalwillkommen.finder.FinderService;
import de.lokalwillkommen.office.ui.OfficesView;
import de.lokalwillkommen.office.ui.PartnersView;

/**
 * "Which office is mine?": type a postcode or a street, pick it, and see the district and its office.
 * Where a postcode spans districts, every candidate office is shown to choose from. The postcode or
 * street looked up goes into the address ({@code find?q=44379}), so a reload or a shared link shows it again.
 */
@Route(value = FinderView.ROUTE, layout = PublicLayout.class)
@AnonymousAllowed
public class FinderView extends Composite<VerticalLayout> implements BeforeEnterObserver, HasDynamicTitle {

    /** A compile-time constant: the start page links here by path, without pulling in the combo box. */
    public static final String ROUTE = "find";
    static final String QUERY = "q";
    static final String EVENTS = "events";

    private final FinderService finder;
    private final ComboBox<FinderHit> search = new ComboBox<>();
    private final Div result = new Div();

    public FinderView(FinderService finder) {
        this.finder = finder;
        search.setLabel(getTranslation("finder.search"));
        search.setHelperText(getTranslation(finder.streetCount() > 0 ? "finder.search.help" : "finder.search.postcodesOnly"));
        search.setItems(query -> finder.search(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        search.setItemLabelGenerator(HitLabel::of);
        search.setAllowCustomValue(true);
        search.setClearButtonVisible(true);
        search.addClassName("lw-contact-finder-search");
        search.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            } else if (e.isFromClient()) {
                cleared();
            }
        });
        search.addCustomValueSetListener(e -> lookUp(e.getDetail()));
        result.addClassName("lw-contact-finder-result");
        result.getElement().setAttribute("aria-live", "polite");
        getContent().addClassName("lw-page");
        getContent().add(new H1(getTranslation("finder.title")), new Paragraph(getTranslation("finder.intro")),
                search, result, new Paragraph(new RouterLink(getTranslation("finder.allOffices"), OfficesView.class)),
                new Paragraph(new RouterLink(getTranslation("partner.link"), PartnersView.class)),
                // By path: the finder does not depend on the event feature.
                new Paragraph(new Anchor(EVENTS, getTranslation("event.city.link"))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(QUERY).ifPresent(this::lookUp);
    }

    /** A postcode typed in full and confirmed, or a street name that was not picked from the list. */
    private void lookUp(String typed) {
        finder.byPostcode(typed).or(() -> finder.search(typed).stream().findFirst())
                .ifPresentOrElse(this::show, () -> showNothingFound(typed));
    }

    private void show(FinderHit hit) {
        result.removeAll();
        result.add(new CandidateList(hit, finder.candidates(hit.districts())));
        remember(hit.street() != null ? hit.street() : hit.postcode());
    }

    private void showNothingFound(String typed) {
        result.removeAll();
        remember(typed.strip());
        Paragraph none = new Paragraph(getTranslation("finder.notFound", Bidi.inSentence(this, typed.strip())));
        none.addClassName("lw-refusal");
        result.add(none);
    }

    private void cleared() {
        result.removeAll();
        AddressBar.show(FinderView.class, QueryParameters.empty());
    }

    /** The address names the current search only, whether it found something or not. */
    private void remember(String query) {
        AddressBar.show(FinderView.class, QueryParameters.of(QUERY, query));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("finder.title") + " – " + getTranslation("app.name");
    }
}
