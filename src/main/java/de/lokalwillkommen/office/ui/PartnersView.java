package de.lokalwillkommen.office.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.office.DistrictRef;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.office.OrganisationKind;
import de.lokalwillkommen.office.OrganisationSummary;
import de.lokalwillkommen.office.PartnerService;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The partner network for everyone: welfare associations, churches and mosques, clubs, initiatives and
 * public services, with what they offer where and in which languages. Only public fields are shown.
 */
@Route(value = PartnersView.ROUTE, layout = PublicLayout.class)
@AnonymousAllowed
public class PartnersView extends Composite<VerticalLayout> implements HasDynamicTitle {

    public static final String ROUTE = "partners";

    private final PartnerService partners;
    private final Languages languages;
    private final Select<Optional<OrganisationKind>> kind = new Select<>();
    private final Select<Optional<DistrictRef>> district = new Select<>();
    private final Div list = new Div();

    public PartnersView(PartnerService partners, OfficeService offices, Languages languages) {
        this.partners = partners;
        this.languages = languages;
        kind.setLabel(getTranslation("partner.filter.kind"));
        kind.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(Optional.<OrganisationKind>empty()),
                java.util.Arrays.stream(OrganisationKind.values()).map(Optional::of)).toList());
        kind.setItemLabelGenerator(k -> k.map(v -> getTranslation("organisation.kind." + v.name()))
                .orElse(getTranslation("partner.filter.all")));
        kind.setValue(Optional.empty());
        district.setLabel(getTranslation("partner.filter.district"));
        district.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(Optional.<DistrictRef>empty()),
                offices.listDistricts().stream().map(Optional::of)).toList());
        district.setItemLabelGenerator(d -> d.map(DistrictRef::name).orElse(getTranslation("partner.filter.all")));
        district.setValue(Optional.empty());
        kind.addValueChangeListener(e -> refresh());
        district.addValueChangeListener(e -> refresh());
        Div filters = new Div(kind, district);
        filters.addClassName("lw-contact-partner-filters");
        list.addClassName("lw-contact-partners");
        getContent().addClassName("lw-page");
        getContent().add(new H1(getTranslation("partner.title")), new Paragraph(getTranslation("partner.intro")),
                filters, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var found = partners.directory(kind.getValue().orElse(null), district.getValue().map(DistrictRef::id).orElse(null));
        if (found.isEmpty()) {
            list.add(new Paragraph(getTranslation("partner.none")));
        }
        found.forEach(o -> list.add(card(o)));
    }

    private Div card(OrganisationSummary organisation) {
        Div card = new Div();
        card.addClassNames("lw-card", "lw-contact-partner");
        Span kindLabel = new Span(getTranslation("organisation.kind." + organisation.kind().name()));
        kindLabel.addClassName("lw-contact-event-type");
        card.add(kindLabel, new H2(organisation.name()));
        if (!organisation.districts().isEmpty()) {
            card.add(new Paragraph(getTranslation("office.districts", String.join(", ", organisation.districts()))));
        }
        if (!organisation.languages().isEmpty()) {
            card.add(new Paragraph(getTranslation("finder.hours.languages", organisation.languages().stream()
                    .map(code -> languages.byCode(code).map(l -> l.name()).orElse(code)).collect(Collectors.joining(", ")))));
        }
        if (organisation.address() != null) {
            card.add(new Paragraph(organisation.address()), ContactLinks.map(organisation.address(), this));
        }
        if (organisation.phone() != null) {
            card.add(new Paragraph(ContactLinks.phone(organisation.phone(), this)));
        }
        if (organisation.email() != null) {
            card.add(new Paragraph(ContactLinks.email(organisation.email(), this)));
        }
        if (organisation.website() != null) {
            com.vaadin.flow.component.html.Anchor site = new com.vaadin.flow.component.html.Anchor(organisation.website(),
                    organisation.website());
            site.getElement().setAttribute("rel", "noopener");
            card.add(new Paragraph(site));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partner.title") + " – " + getTranslation("app.name");
    }
}
