package de.lokalwillkommen.office.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.ui.Bidi;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeHours;
import de.lokalwillkommen.office.VenueSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

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
        item.add(line("lw-contact-hours-when", when(hours)));
        item.add(line("lw-contact-hours-where", hours.outreach()
                ? getTranslation("finder.hours.outreach", Bidi.inSentence(this, venue(office, hours.venueId())))
                : getTranslation("finder.hours.inOffice")));
        if (!hours.languages().isEmpty()) {
            item.add(line("lw-contact-hours-languages", getTranslation("finder.hours.languages", hours.languages()
                    .stream().map(code -> languages.byCode(code).map(l -> l.name()).orElse(code))
                    .collect(Collectors.joining(", ")))));
        }
        item.add(line("lw-contact-hours-next", getTranslation("finder.hours.next",
                hours.nextDates().stream().map(this::day).collect(Collectors.joining(" · ")))));
        return item;
    }

    private String when(OfficeHours hours) {
        LocalDates dates = LocalDates.of(this);
        String times = dates.range(hours.start(), hours.end());
        if (hours.weekday() == null) {
            return getTranslation("finder.hours.once", times);
        }
        String rhythm = hours.everyWeeks() == 1 ? getTranslation("schedule.rule.everyWeek")
                : getTranslation("schedule.rule.everyNWeeks", hours.everyWeeks());
        return dates.weekday(hours.weekday()) + " " + times + " · " + rhythm;
    }

    private String day(LocalDate date) {
        return LocalDates.of(this).day(date);
    }

    private static String venue(OfficeDetails office, Long venueId) {
        return office.venues().stream().filter(v -> v.id() == venueId).findFirst()
                .map(v -> v.address() == null ? v.name() : v.name() + ", " + v.address()).orElse("");
    }

    private static Component line(String className, String text) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
