package de.lokalwillkommen.volunteer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import de.lokalwillkommen.volunteer.OfferDetails;
import de.lokalwillkommen.volunteer.SpokenLanguage;
import de.lokalwillkommen.volunteer.VolunteerLanguages;
import java.util.Map;
import java.util.stream.Collectors;

/** An offer at a glance: what, in which languages, where, when, how to reach the volunteer. */
class OfferSummary extends Div {

    OfferSummary(OfferDetails offer, Map<Long, String> districtNames, VolunteerLanguages languages) {
        addClassName("lw-summary");
        addClassName("lw-volunteer-summary");
        if (offer.name() != null) {
            line("volunteer.summary.name", VolunteerTexts.isolate(offer.name()));
        }
        String contact = java.util.stream.Stream.of(offer.email(), offer.phone()).filter(java.util.Objects::nonNull)
                .map(VolunteerTexts::isolate).collect(Collectors.joining(" · "));
        if (!contact.isEmpty()) {
            line("volunteer.summary.contact", contact);
        }
        String help = VolunteerTexts.helpTypes(this, offer.helpTypes());
        if (offer.otherHelp() != null) {
            help = help + " (" + VolunteerTexts.isolate(offer.otherHelp()) + ")";
        }
        line("volunteer.summary.help", help);
        if (!offer.languages().isEmpty()) {
            line("volunteer.summary.languages", offer.languages().stream()
                    .map((SpokenLanguage l) -> VolunteerTexts.spoken(this, languages, l))
                    .collect(Collectors.joining("; ")));
        }
        line("volunteer.summary.where", offer.wholeCity() ? getTranslation("volunteer.wholeCity.short")
                : offer.districtIds().stream().map(id -> districtNames.getOrDefault(id, "#" + id)).sorted()
                        .collect(Collectors.joining(", ")));
        if (!offer.times().isEmpty()) {
            line("volunteer.summary.when", VolunteerTexts.times(this, offer.times()));
        }
        String period = offer.availableUntil() == null
                ? getTranslation("volunteer.summary.since", VolunteerTexts.date(this, offer.availableFrom()))
                : getTranslation("volunteer.summary.between", VolunteerTexts.date(this, offer.availableFrom()),
                        VolunteerTexts.date(this, offer.availableUntil()));
        add(new Paragraph(getTranslation("volunteer.rhythm." + offer.rhythm().name())
                + " · " + period));
        if (offer.message() != null) {
            line("volunteer.summary.message", VolunteerTexts.isolate(offer.message()));
        }
    }

    private void line(String key, String value) {
        add(new Paragraph(getTranslation(key, value)));
    }
}
