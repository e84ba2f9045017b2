package de.lokalwillkommen.office.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import de.lokalwillkommen.base.ui.Bidi;
import de.lokalwillkommen.office.OfficeSummary;

/** An office in the list: name (linking to its page), districts, address and phone. */
class OfficeCard extends Composite<Div> {

    OfficeCard(OfficeSummary office) {
        Div card = getContent();
        card.addClassName("lw-card");
        RouterLink link = new RouterLink(office.name(), OfficeView.class, office.slug());
        H2 title = new H2(link);
        card.add(title, new Paragraph(getTranslation("office.districts", Bidi.inSentence(this, office.districts(), ", "))));
        card.add(new Paragraph(office.address() != null ? office.address() : getTranslation("office.addressMissing")));
        card.add(ContactLinks.phone(office.phone(), this));
    }
}
