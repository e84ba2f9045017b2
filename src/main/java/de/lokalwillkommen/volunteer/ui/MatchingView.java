package de.lokalwillkommen.volunteer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.office.DistrictRef;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.volunteer.Candidate;
import de.lokalwillkommen.volunteer.MatchDetails;
import de.lokalwillkommen.volunteer.MatchStatus;
import de.lokalwillkommen.volunteer.MatchingService;
import de.lokalwillkommen.volunteer.NeedDetails;
import de.lokalwillkommen.volunteer.NeedStatus;
import de.lokalwillkommen.volunteer.VolunteerLanguages;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One need and the active volunteers who could meet it, ranked, each with the reasons for their rank.
 * Staff confirm a match with start, optional end and a follow-up date.
 */
@Route(value = "staff/need", layout = StaffLayout.class)
@PermitAll
public class MatchingView extends Composite<VerticalLayout> implements HasUrlParameter<Long>, HasDynamicTitle {

    private final MatchingService matching;
    private final VolunteerLanguages languages;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final Map<Long, String> districtNames;
    private long needId;
    private String title = "";

    public MatchingView(MatchingService matching, OfficeService offices, VolunteerLanguages languages,
            MunicipalityProperties municipality, Clock clock) {
        this.matching = matching;
        this.languages = languages;
        this.municipality = municipality;
        this.clock = clock;
        this.districtNames = offices.listDistricts().stream().collect(Collectors.toMap(DistrictRef::id, DistrictRef::name));
        getContent().addClassName("lw-staff-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        needId = parameter;
        try {
            render();
        } catch (AccessDeniedException | UserFacingException notHers) {
            // Another office's need, or an id that does not exist: the needs of one's own office instead.
            event.forwardTo(NeedsView.class);
        }
    }

    private void render() {
        getContent().removeAll();
        NeedDetails need = matching.need(needId);
        title = VolunteerTexts.helpType(this, need.helpType()) + " #" + need.id();
        Button close = need.status() == NeedStatus.CLOSED
                ? new Button(getTranslation("volunteer.need.reopen"), e -> act(() -> matching.reopenNeed(needId), "volunteer.saved"))
                : new Button(getTranslation("volunteer.need.close"), e -> act(() -> matching.closeNeed(needId), "volunteer.saved"));
        Div actions = new Div(close);
        actions.addClassName("lw-actions");
        RouterLink back = new RouterLink(getTranslation("volunteer.needs.title"), NeedsView.class);
        back.setQueryParameters(com.vaadin.flow.router.QueryParameters.of(OfficeChoice.PARAMETER,
                Long.toString(need.officeId())));
        getContent().add(back, new H1(title), new Paragraph(need.description()),
                new Paragraph(NeedLine.of(this, need, districtNames, languages)),
                new Paragraph(getTranslation("volunteer.needs.status." + need.status().name())), actions);
        for (MatchDetails match : matching.matchesOf(needId)) {
            getContent().add(matchCard(match));
        }
        if (need.status() == NeedStatus.CLOSED) {
            return;
        }
        getContent().add(new H2(getTranslation("volunteer.matching.title")));
        var candidates = matching.suggestions(needId);
        if (candidates.isEmpty()) {
            getContent().add(new Paragraph(getTranslation("volunteer.matching.none")));
        }
        Div list = new Div();
        list.addClassName("lw-volunteer-list");
        candidates.forEach(c -> list.add(candidateCard(c)));
        getContent().add(list);
    }

    private Div matchCard(MatchDetails match) {
        Div card = new Div(new Paragraph(new RouterLink((match.volunteerName() == null ? "" : match.volunteerName() + " · ")
                + match.offerReference(), VolunteerDetailView.class, match.offerId())),
                new Paragraph(getTranslation("volunteer.matching.current") + ": " + VolunteerTexts.date(this, match.startsOn())
                        + (match.endsOn() == null ? "" : " – " + VolunteerTexts.date(this, match.endsOn()))
                        + (match.followUpOn() == null ? "" : " · " + getTranslation("volunteer.matching.followUp") + " "
                                + VolunteerTexts.date(this, match.followUpOn()))));
        card.addClassName("lw-volunteer-card");
        if (match.status() == MatchStatus.ACTIVE) {
            card.add(new Button(getTranslation("volunteer.matching.endMatch"),
                    e -> act(() -> matching.endMatch(match.id()), "volunteer.saved")));
        } else {
            card.add(new Paragraph(getTranslation("volunteer.status.ENDED")));
        }
        return card;
    }

    private Div candidateCard(Candidate candidate) {
        Span score = new Span(getTranslation("volunteer.matching.score", candidate.score()));
        score.addClassName("lw-volunteer-score");
        Div title = new Div(new RouterLink(candidate.name() == null ? candidate.reference() : candidate.name(),
                VolunteerDetailView.class, candidate.offerId()), new Span(candidate.reference()), score);
        title.addClassName("lw-volunteer-card-title");
        Div card = new Div(title, new ReasonList(candidate.reasons(), districtNames, languages));
        card.addClassName("lw-volunteer-card");
        card.setId("candidate-" + candidate.offerId());
        if (!candidate.matchable()) {
            card.add(new Paragraph(getTranslation("volunteer.matching.blocked")));
            return card;
        }
        LocalDate today = municipality.now(clock).toLocalDate();
        DatePicker start = VolunteerTexts.localised(new DatePicker(getTranslation("volunteer.matching.start")));
        start.setValue(today);
        DatePicker end = VolunteerTexts.localised(new DatePicker(getTranslation("volunteer.matching.end")));
        DatePicker followUp = VolunteerTexts.localised(new DatePicker(getTranslation("volunteer.matching.followUp")));
        followUp.setValue(today.plusWeeks(4));
        Button confirm = new Button(getTranslation("volunteer.matching.confirm"), e -> act(() -> matching.confirm(needId,
                candidate.offerId(), start.getValue() == null ? today : start.getValue(), end.getValue(),
                followUp.getValue()), "volunteer.matching.confirmed", candidate.reference()));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        Div dates = new Div(start, end, followUp, confirm);
        dates.addClassName("lw-volunteer-filters");
        card.add(dates);
        return card;
    }

    private void act(Supplier<?> call, String doneKey, Object... args) {
        try {
            call.get();
            render();
            Notification.show(getTranslation(doneKey, args)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (UserFacingException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.args()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
