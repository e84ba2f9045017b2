package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.office.OfficeDetails;

/**
 * Said plainly when an office has no free time online: how to reach the team instead. Where the office
 * has no phone or e-mail yet, the network's coordination is named, so nobody is left without a contact.
 */
class NoFreeTimes extends Composite<Div> {

    NoFreeTimes(OfficeDetails office, MunicipalityProperties municipality) {
        Div content = getContent();
        content.addClassName("lw-notice");
        content.getElement().setAttribute("role", "status");
        content.add(new Paragraph(getTranslation("book.noTimes", Bidi.isolate(office.name()))));
        if (office.phone() != null) {
            content.add(new Paragraph(phoneLink(office.phone())));
        }
        if (office.email() != null) {
            content.add(new Paragraph(new Anchor("mailto:" + office.email(), office.email())));
        }
        if (office.phone() == null && office.email() == null) {
            content.add(new Paragraph(getTranslation("book.noTimes.coordination", Bidi.isolate(municipality.coordinationName()))),
                    new Paragraph(phoneLink(municipality.coordinationPhone())));
        }
    }

    static Anchor phoneLink(String phone) {
        Anchor link = new Anchor("tel:" + phone.replaceAll("[^+0-9]", ""), phone);
        link.getElement().setAttribute("dir", "ltr");
        return link;
    }
}
