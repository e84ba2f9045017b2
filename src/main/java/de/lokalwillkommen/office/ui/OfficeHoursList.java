package de.lokalwillkommen.office.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.ui.Bidi;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeHours;
import java.util.List;

/**
 * The consultation hours on an office's page: when (weekday, time, rhythm), where (the office, or a partner
 * venue for an outreach hour), in which languages, and the next dates, so nobody has to count weeks.
 */
class OfficeHoursList extends Composite<Div> {

    OfficeHoursList(OfficeDetails office, List<OfficeHours> hours, Languages languages) {
        Div content = getContent();
        content.addClassName("lw-contact-hours");
        if (hours.isEmpty()) {
            content.add(new Paragraph(getTranslation("finder.hours.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        hours.forEach(h -> list.add(item(office, h, languages)));
        content.add(list);
    }

    private ListItem item(OfficeDetails office, OfficeHours hours, Languages languages) {
        ListItem item = new ListItem();
        item.addClassName("lw-contact-hours-item");
        OfficeHoursLines.of(office, hours, languages, LocalDates.of(this), this::getTranslation,
                value -> Bidi.inSentence(this, value)).forEach(line -> {
                    Span span = new Span(line.text());
                    span.addClassName(line.className());
                    item.add(span);
                });
        return item;
    }
}
