package de.lokalwillkommen.volunteer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.security.CurrentStaff;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.office.DistrictRef;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.volunteer.Candidate;
import de.lokalwillkommen.volunteer.InterpreterRequest;
import de.lokalwillkommen.volunteer.InterpreterService;
import de.lokalwillkommen.volunteer.VolunteerLanguages;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Bookings of the coming weeks that asked for an interpreter, and volunteer interpreters from the pool to
 * assign to them, ranked by language, time and area with the reasons shown.
 */
@Route(value = "staff/interpreters", layout = StaffLayout.class)
@PermitAll
public class InterpretersView extends Composite<VerticalLayout> implements BeforeEnterObserver, HasDynamicTitle {


    private final InterpreterService interpreters;
    private final VolunteerLanguages languages;
    private final OfficeChoice office;
    private final Map<Long, String> districtNames;
    private final Div list = new Div();
    private long officeId;

    public InterpretersView(InterpreterService interpreters, OfficeService offices, VolunteerLanguages languages,
            CurrentStaff currentStaff) {
        this.interpreters = interpreters;
        this.languages = languages;
        this.office = new OfficeChoice(currentStaff, offices, InterpretersView.class);
        this.districtNames = offices.listDistricts().stream().collect(Collectors.toMap(DistrictRef::id, DistrictRef::name));
        list.addClassName("lw-volunteer-list");
        getContent().addClassName("lw-staff-page");
        getContent().add(new H1(getTranslation("volunteer.interpreters.title")), office,
                new Paragraph(getTranslation("volunteer.interpreters.intro")), list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.removeAll();
        office.enter(event).map(OfficeRef::id).ifPresentOrElse(id -> {
            officeId = id;
            render();
        }, () -> list.add(new Paragraph(getTranslation("agenda.noOffice"))));
    }

    private void render() {
        list.removeAll();
        var requests = interpreters.upcoming(officeId);
        if (requests.isEmpty()) {
            list.add(new Paragraph(getTranslation("volunteer.interpreters.none")));
        }
        requests.forEach(r -> list.add(card(r)));
    }

    private Div card(InterpreterRequest request) {
        var booking = request.booking();
        Span when = new Span(VolunteerTexts.date(this, booking.start().toLocalDate()) + " "
                + VolunteerTexts.FIRST_STRONG_ISOLATE + LocalDates.of(this).range(booking.start(), booking.end())
                + VolunteerTexts.POP_DIRECTIONAL_ISOLATE);
        Span who = new Span(booking.name() == null ? booking.code() : booking.name());
        Span language = new Span(VolunteerTexts.language(this, languages, booking.language()));
        Div title = new Div(when, who, language);
        title.addClassName("lw-volunteer-card-title");
        Div card = new Div(title);
        card.addClassName("lw-volunteer-card");
        card.setId("interpreting-" + booking.id());
        if (request.assigned()) {
            String person = (request.volunteerName() == null ? "" : request.volunteerName() + " · ") + request.reference()
                    + (request.volunteerPhone() == null ? "" : " · " + request.volunteerPhone());
            card.add(new Paragraph(getTranslation("volunteer.interpreters.assigned", VolunteerTexts.isolate(person))),
                    new Button(getTranslation("volunteer.interpreters.unassign"),
                            e -> act(() -> interpreters.unassign(officeId, booking.id()))));
        } else {
            card.add(new Paragraph(getTranslation("volunteer.interpreters.open")));
        }
        Div suggestions = new Div();
        card.add(new Button(getTranslation("volunteer.interpreters.find"), e -> suggest(booking.id(), suggestions)),
                suggestions);
        return card;
    }

    private void suggest(long bookingId, Div into) {
        into.removeAll();
        var candidates = interpreters.suggestions(officeId, bookingId);
        if (candidates.isEmpty()) {
            into.add(new Paragraph(getTranslation("volunteer.matching.none")));
        }
        for (Candidate candidate : candidates) {
            Span score = new Span(getTranslation("volunteer.matching.score", candidate.score()));
            score.addClassName("lw-volunteer-score");
            Div title = new Div(new Span(candidate.name() == null ? candidate.reference() : candidate.name()), score);
            title.addClassName("lw-volunteer-card-title");
            into.add(title, new ReasonList(candidate.reasons(), districtNames, languages),
                    new Button(getTranslation("volunteer.interpreters.assign"),
                            e -> act(() -> interpreters.assign(officeId, bookingId, candidate.offerId()))));
        }
    }

    private void act(Runnable call) {
        try {
            call.run();
            render();
            Notification.show(getTranslation("volunteer.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (UserFacingException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.args()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteer.interpreters.title") + " – " + getTranslation("app.name");
    }
}
