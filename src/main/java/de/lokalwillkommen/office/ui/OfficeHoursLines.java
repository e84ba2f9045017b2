package de.lokalwillkommen.office.ui;

import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeHours;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The lines of one consultation-hours entry (when, where, in which languages, the next dates), in the reader's
 * language. One source for the live list ({@link OfficeHoursList}) and the office page's first paint
 * ({@link OfficeFirstPaint}), so the two cannot say different things.
 *
 * @param className the line's class name, which the style sheets know
 */
record OfficeHoursLines(String className, String text) {

    static List<OfficeHoursLines> of(OfficeDetails office, OfficeHours hours, Languages languages, LocalDates dates,
            LocalDates.Bundle bundle, UnaryOperator<String> inSentence) {
        List<OfficeHoursLines> lines = new ArrayList<>();
        lines.add(new OfficeHoursLines("lw-contact-hours-when", when(hours, dates, bundle)));
        lines.add(new OfficeHoursLines("lw-contact-hours-where", hours.outreach()
                ? bundle.text("finder.hours.outreach", inSentence.apply(venue(office, hours.venueId())))
                : bundle.text("finder.hours.inOffice")));
        if (!hours.languages().isEmpty()) {
            lines.add(new OfficeHoursLines("lw-contact-hours-languages", bundle.text("finder.hours.languages",
                    hours.languages().stream().map(code -> languages.byCode(code).map(l -> l.name()).orElse(code))
                            .collect(Collectors.joining(", ")))));
        }
        lines.add(new OfficeHoursLines("lw-contact-hours-next", bundle.text("finder.hours.next",
                hours.nextDates().stream().map(dates::day).collect(Collectors.joining(" · ")))));
        return lines;
    }

    private static String when(OfficeHours hours, LocalDates dates, LocalDates.Bundle bundle) {
        String times = dates.range(hours.start(), hours.end());
        if (hours.weekday() == null) {
            return bundle.text("finder.hours.once", times);
        }
        String rhythm = hours.everyWeeks() == 1 ? bundle.text("schedule.rule.everyWeek")
                : bundle.text("schedule.rule.everyNWeeks", hours.everyWeeks());
        return dates.weekday(hours.weekday()) + " " + times + " · " + rhythm;
    }

    private static String venue(OfficeDetails office, Long venueId) {
        return office.venues().stream().filter(v -> v.id() == venueId).findFirst()
                .map(v -> v.address() == null ? v.name() : v.name() + ", " + v.address()).orElse("");
    }
}
