package de.lokalwillkommen.office.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.base.ui.Bidi;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.office.TeamMemberView;
import de.lokalwillkommen.office.VenueSummary;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/** An office's public page: who works there, where it is, how to reach it, where outreach hours are held. */
@Route(value = OfficesView.ROUTE, layout = PublicLayout.class)
@AnonymousAllowed
public class OfficeView extends Composite<VerticalLayout> implements HasUrlParameter<String>, HasDynamicTitle {

    private final OfficeService offices;
    private final Languages languages;
    private final List<OfficePageAction> actions;
    private final List<OfficePageSection> sections;
    private String title = "";

    public OfficeView(OfficeService offices, Languages languages, ObjectProvider<OfficePageAction> actions,
            ObjectProvider<OfficePageSection> sections) {
        this.offices = offices;
        this.languages = languages;
        this.actions = actions.orderedStream().toList();
        this.sections = sections.orderedStream().toList();
        getContent().addClassName("lw-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        getContent().removeAll();
        offices.findBySlug(slug).ifPresentOrElse(this::show, () -> {
            title = getTranslation("office.notFound");
            getContent().add(new H1(title), new Paragraph(getTranslation("office.notFoundHint")));
        });
    }

    private void show(OfficeDetails office) {
        title = office.name();
        VerticalLayout content = getContent();
        content.add(new H1(getTranslation("office.pageTitle", Bidi.inSentence(this, office.name()))),
                new Paragraph(getTranslation("office.districts", Bidi.inSentence(this, office.districts(), ", "))));
        Div buttons = new Div();
        buttons.addClassName("lw-contact-office-actions");
        actions.forEach(action -> buttons.add(action.create(office)));
        content.add(buttons);
        content.add(new H2(getTranslation("finder.hours.title")),
                new OfficeHoursList(office, offices.hours(office.id()), languages));
        content.add(new H2(getTranslation("office.contact")));
        String address = office.address();
        content.add(new Paragraph(address != null ? address : getTranslation("office.addressMissing")));
        if (address != null) {
            content.add(ContactLinks.map(address, this));
        }
        content.add(ContactLinks.phone(office.phone(), this), ContactLinks.email(office.email(), this));
        content.add(new H2(getTranslation("office.team")), team(office));
        content.add(new H2(getTranslation("office.languages")), new Paragraph(office.languages().isEmpty()
                ? getTranslation("office.toBeCompleted")
                : String.join(", ", office.languages().stream().map(this::languageName).toList())));
        content.add(new H2(getTranslation("office.accessibility")), new Paragraph(
                office.accessibilityNotes() != null ? office.accessibilityNotes() : getTranslation("office.toBeCompleted")));
        if (!office.venues().isEmpty()) {
            content.add(new H2(getTranslation("office.venues")), venues(office));
        }
        sections.stream().map(section -> section.create(office)).filter(java.util.Objects::nonNull)
                .forEach(content::add);
    }

    private UnorderedList team(OfficeDetails office) {
        UnorderedList list = new UnorderedList();
        for (TeamMemberView member : office.team()) {
            String organisation = member.organisation() != null ? member.organisation() : getTranslation("office.toBeCompleted");
            String who = getTranslation("team.role." + member.role().name()) + " – " + organisation;
            list.add(new ListItem(member.name() != null ? member.name() + ", " + who : who));
        }
        return list;
    }

    private UnorderedList venues(OfficeDetails office) {
        UnorderedList list = new UnorderedList();
        for (VenueSummary venue : office.venues()) {
            ListItem item = new ListItem(venue.name() + (venue.address() != null ? ", " + venue.address() : ""));
            if (venue.address() != null) {
                item.add(new Paragraph(ContactLinks.map(venue.address(), this)));
            }
            list.add(item);
        }
        return list;
    }

    private String languageName(String code) {
        return languages.byCode(code).map(l -> l.name()).orElse(code);
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
