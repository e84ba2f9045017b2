package de.lokalwillkommen.volunteer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.office.DistrictRef;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.volunteer.HelpType;
import de.lokalwillkommen.volunteer.OfferDetails;
import de.lokalwillkommen.volunteer.PartOfDay;
import de.lokalwillkommen.volunteer.QueueFilter;
import de.lokalwillkommen.volunteer.VolunteerLanguages;
import de.lokalwillkommen.volunteer.VolunteerService;
import de.lokalwillkommen.volunteer.VolunteerStatus;
import jakarta.annotation.security.PermitAll;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The review queue: the volunteers who serve the signed-in person's offices (all for ADMIN), new ones
 * first, narrowed by status, language, district, type of help and time. One card per volunteer.
 */
@Route(value = "staff/volunteers", layout = StaffLayout.class)
@PermitAll
public class VolunteerQueueView extends Composite<VerticalLayout> implements HasDynamicTitle {

    private final VolunteerService volunteers;
    private final VolunteerLanguages languages;
    private final Map<Long, String> districtNames;
    private final Select<VolunteerStatus> status = new Select<>();
    private final Select<String> language = new Select<>();
    private final Select<DistrictRef> district = new Select<>();
    private final Select<HelpType> type = new Select<>();
    private final Select<DayOfWeek> day = new Select<>();
    private final Select<PartOfDay> part = new Select<>();
    private final Paragraph count = new Paragraph();
    private final Div list = new Div();

    public VolunteerQueueView(VolunteerService volunteers, OfficeService offices, VolunteerLanguages languages) {
        this.volunteers = volunteers;
        this.languages = languages;
        List<DistrictRef> districtList = offices.listDistricts();
        districtNames = districtList.stream().collect(Collectors.toMap(DistrictRef::id, DistrictRef::name));
        filter(status, "volunteer.queue.status", Arrays.asList(VolunteerStatus.values()),
                s -> VolunteerTexts.status(this, s), "volunteer.queue.allOpen");
        filter(language, "volunteer.queue.language", languages.codes(),
                code -> VolunteerTexts.language(this, languages, code), "volunteer.queue.any");
        filter(district, "volunteer.queue.district", districtList, DistrictRef::name, "volunteer.queue.any");
        filter(type, "volunteer.queue.type", Arrays.asList(HelpType.values()), t -> VolunteerTexts.helpType(this, t),
                "volunteer.queue.any");
        filter(day, "volunteer.queue.day", Arrays.asList(DayOfWeek.values()), d -> VolunteerTexts.weekday(this, d),
                "volunteer.queue.any");
        filter(part, "volunteer.queue.part", Arrays.asList(PartOfDay.values()), p -> VolunteerTexts.part(this, p),
                "volunteer.queue.any");
        Div filters = new Div(status, language, district, type, day, part);
        filters.addClassName("lw-volunteer-filters");
        list.addClassName("lw-volunteer-list");
        getContent().addClassName("lw-staff-page");
        getContent().add(new H1(getTranslation("volunteer.queue.title")), filters, count, list);
        refresh();
    }

    private <T> void filter(Select<T> select, String labelKey, List<T> items,
            java.util.function.Function<T, String> label, String emptyKey) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(emptyKey));
        select.setItemLabelGenerator(item -> item == null ? getTranslation(emptyKey) : label.apply(item));
        select.addValueChangeListener(e -> refresh());
    }

    private void refresh() {
        QueueFilter filter = new QueueFilter(status.getValue(), null,
                district.getValue() == null ? null : district.getValue().id(), language.getValue(), type.getValue(),
                day.getValue(), part.getValue());
        List<OfferDetails> found = volunteers.queue(filter);
        count.setText(getTranslation(found.isEmpty() ? "volunteer.queue.none" : "volunteer.queue.count", found.size()));
        list.removeAll();
        found.forEach(offer -> list.add(card(offer)));
    }

    private Div card(OfferDetails offer) {
        Div card = new Div();
        card.addClassNames("lw-volunteer-card", "lw-volunteer-status-" + offer.status().name().toLowerCase(Locale.ROOT));
        Span status = new Span(VolunteerTexts.status(this, offer.status()));
        status.addClassName("lw-badge");
        RouterLink open = new RouterLink(offer.name() == null ? offer.reference() : offer.name(),
                VolunteerDetailView.class, offer.id());
        Div title = new Div(open, new Span(offer.reference()), status);
        title.addClassName("lw-volunteer-card-title");
        card.add(title, new Paragraph(VolunteerTexts.helpTypes(this, offer.helpTypes())));
        if (!offer.languages().isEmpty()) {
            card.add(new Paragraph(offer.languages().stream().map(l -> VolunteerTexts.spoken(this, languages, l))
                    .collect(Collectors.joining("; "))));
        }
        String where = offer.wholeCity() ? getTranslation("volunteer.wholeCity.short")
                : offer.districtIds().stream().map(id -> districtNames.getOrDefault(id, "#" + id)).sorted()
                        .collect(Collectors.joining(", "));
        card.add(new Paragraph(where + " · " + VolunteerTexts.times(this, offer.times())),
                new Paragraph(getTranslation("volunteer.queue.registered",
                        VolunteerTexts.date(this, offer.createdAt().toLocalDate()))));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteer.queue.title") + " – " + getTranslation("app.name");
    }
}
