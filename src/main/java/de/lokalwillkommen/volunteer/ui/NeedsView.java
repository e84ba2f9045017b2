package de.lokalwillkommen.volunteer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.security.CurrentStaff;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.office.DistrictRef;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.volunteer.MatchingService;
import de.lokalwillkommen.volunteer.NeedDetails;
import de.lokalwillkommen.volunteer.NeedRequest;
import de.lokalwillkommen.volunteer.VolunteerLanguages;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** An office's needs for volunteers: record one from a consultation, see open ones, go to their matching. */
@Route(value = "staff/needs", layout = StaffLayout.class)
@PermitAll
public class NeedsView extends Composite<VerticalLayout> implements BeforeEnterObserver, HasDynamicTitle {

    private final MatchingService matching;
    private final OfficeService offices;
    private final VolunteerLanguages languages;
    private final OfficeChoice office;
    private final Map<Long, String> districtNames;
    private final Div body = new Div();

    public NeedsView(MatchingService matching, OfficeService offices, VolunteerLanguages languages,
            CurrentStaff currentStaff) {
        this.matching = matching;
        this.offices = offices;
        this.languages = languages;
        this.office = new OfficeChoice(currentStaff, offices, NeedsView.class);
        this.districtNames = offices.listDistricts().stream().collect(Collectors.toMap(DistrictRef::id, DistrictRef::name));
        body.addClassName("lw-volunteer-list");
        getContent().addClassName("lw-staff-page");
        getContent().add(new H1(getTranslation("volunteer.needs.title")), office, body);
    }

    /** Typed navigation: the needs of an office. */
    static void show(long officeId) {
        OfficeChoice.navigate(NeedsView.class, officeId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        body.removeAll();
        office.enter(event).ifPresentOrElse(this::render,
                () -> body.add(new Paragraph(getTranslation("agenda.noOffice"))));
    }

    private void render(OfficeRef chosen) {
        body.removeAll();
        List<String> served = offices.findById(chosen.id()).map(o -> o.districts()).orElse(List.of());
        List<DistrictRef> districts = offices.listDistricts().stream().filter(d -> served.contains(d.name())).toList();
        NeedForm form = new NeedForm(districts, languages);
        Button save = new Button(getTranslation("volunteer.need.save"), e -> record(chosen, form));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Div newNeed = new Div(new H2(getTranslation("volunteer.needs.new")), form, save);
        newNeed.addClassName("lw-volunteer-card");
        body.add(newNeed);
        List<NeedDetails> needs = matching.needs(chosen.id());
        if (needs.isEmpty()) {
            body.add(new Paragraph(getTranslation("volunteer.needs.none")));
        }
        needs.forEach(need -> body.add(card(need)));
    }

    private Div card(NeedDetails need) {
        Span status = new Span(getTranslation("volunteer.needs.status." + need.status().name()));
        status.addClassName("lw-badge");
        Div title = new Div(new RouterLink(VolunteerTexts.helpType(this, need.helpType()), MatchingView.class, need.id()),
                new Span("#" + need.id()), status);
        title.addClassName("lw-volunteer-card-title");
        Div card = new Div(title, new Paragraph(need.description()), new Paragraph(NeedLine.of(this, need,
                districtNames, languages)));
        card.addClassNames("lw-volunteer-card", "lw-volunteer-need-" + need.status().name().toLowerCase(Locale.ROOT));
        return card;
    }

    private void record(OfficeRef chosen, NeedForm form) {
        NeedRequest request = form.validated(chosen.id()).orElse(null);
        if (request == null) {
            return;
        }
        try {
            matching.recordNeed(request);
            Notification.show(getTranslation("volunteer.need.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render(chosen);
        } catch (UserFacingException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.args()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteer.needs.title") + " – " + getTranslation("app.name");
    }
}
