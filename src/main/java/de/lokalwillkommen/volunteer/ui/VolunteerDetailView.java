package de.lokalwillkommen.volunteer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.office.DistrictRef;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.volunteer.MatchDetails;
import de.lokalwillkommen.volunteer.OfferDetails;
import de.lokalwillkommen.volunteer.OfferNote;
import de.lokalwillkommen.volunteer.VolunteerLanguages;
import de.lokalwillkommen.volunteer.VolunteerRules;
import de.lokalwillkommen.volunteer.VolunteerService;
import de.lokalwillkommen.volunteer.VolunteerStatus;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One volunteer for staff: the offer, the status with the next steps allowed, the certificate of good
 * conduct, notes, possible duplicate registrations to merge, and the matches.
 */
@Route(value = "staff/volunteer", layout = StaffLayout.class)
@PermitAll
public class VolunteerDetailView extends Composite<VerticalLayout> implements HasUrlParameter<Long>, HasDynamicTitle {

    private final VolunteerService volunteers;
    private final VolunteerLanguages languages;
    private final Map<Long, String> districtNames;
    private long id;
    private String title = "";

    public VolunteerDetailView(VolunteerService volunteers, OfficeService offices, VolunteerLanguages languages) {
        this.volunteers = volunteers;
        this.languages = languages;
        this.districtNames = offices.listDistricts().stream().collect(Collectors.toMap(DistrictRef::id, DistrictRef::name));
        getContent().addClassName("lw-staff-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        id = parameter;
        try {
            render();
        } catch (AccessDeniedException | UserFacingException notHers) {
            // Another office's volunteer, or merged away meanwhile: back to the list, which shows what she may see.
            event.forwardTo(VolunteerQueueView.class);
        }
    }

    private void render() {
        getContent().removeAll();
        OfferDetails offer = volunteers.offer(id);
        title = offer.name() == null ? offer.reference() : offer.name() + " · " + offer.reference();
        getContent().add(new RouterLink(getTranslation("volunteer.detail.back"), VolunteerQueueView.class),
                new H1(title), new Paragraph(getTranslation("volunteer.detail.status",
                        VolunteerTexts.status(this, offer.status()))));
        if (offer.pausedByVolunteer()) {
            getContent().add(new Paragraph(getTranslation("volunteer.detail.pausedByVolunteer")));
        }
        Div steps = new Div();
        steps.addClassName("lw-actions");
        for (VolunteerStatus next : offer.status().next()) {
            Button step = new Button(getTranslation("volunteer.detail.to." + next.name()), e -> changeStatus(next));
            if (next == VolunteerStatus.ACTIVE || next == VolunteerStatus.IN_CONVERSATION) {
                step.addThemeVariants(ButtonVariant.PRIMARY);
            }
            steps.add(step);
        }
        getContent().add(steps, new OfferSummary(offer, districtNames, languages));
        certificate(offer);
        notes(offer);
        duplicates();
        matches();
    }

    private void certificate(OfferDetails offer) {
        if (!offer.mayInvolveChildren()) {
            return;
        }
        DatePicker seen = VolunteerTexts.localised(new DatePicker());
        seen.setLabel(getTranslation("volunteer.detail.certificate"));
        seen.setValue(offer.certificateSeenOn());
        Button save = new Button(getTranslation("volunteer.detail.certificate.save"),
                e -> act(() -> volunteers.certificateSeen(id, seen.getValue()), "volunteer.saved"));
        Div row = new Div(seen, save);
        row.addClassName("lw-volunteer-filters");
        if (offer.needsCertificate() && offer.certificateSeenOn() == null) {
            Paragraph needed = new Paragraph(getTranslation("volunteer.detail.certificate.needed"));
            needed.addClassName("lw-volunteer-notice");
            getContent().add(needed);
        }
        getContent().add(row);
    }

    private void notes(OfferDetails offer) {
        getContent().add(new H2(getTranslation("volunteer.detail.notes")));
        if (offer.notes().isEmpty()) {
            getContent().add(new Paragraph(getTranslation("volunteer.detail.noNotes")));
        }
        for (OfferNote note : offer.notes()) {
            getContent().add(new Paragraph(getTranslation("volunteer.detail.noteLine",
                    VolunteerTexts.date(this, note.writtenAt().toLocalDate()), note.author(), note.body())));
        }
        if (offer.erased()) {
            return;
        }
        TextArea text = new TextArea(getTranslation("volunteer.detail.note"));
        text.setHelperText(getTranslation("volunteer.detail.note.help"));
        text.setMaxLength(VolunteerRules.NOTE_MAX);
        text.setWidthFull();
        Button add = new Button(getTranslation("volunteer.detail.note.add"),
                e -> act(() -> volunteers.addNote(id, text.getValue()), "volunteer.saved"));
        getContent().add(text, add);
    }

    private void duplicates() {
        var duplicates = volunteers.duplicatesOf(id);
        if (duplicates.isEmpty()) {
            return;
        }
        getContent().add(new H2(getTranslation("volunteer.detail.duplicates")));
        for (OfferDetails other : duplicates) {
            Div card = new Div(new RouterLink(other.reference() + " · " + VolunteerTexts.status(this, other.status()),
                    VolunteerDetailView.class, other.id()), new OfferSummary(other, districtNames, languages),
                    new Button(getTranslation("volunteer.detail.merge"),
                            e -> act(() -> volunteers.merge(id, other.id()), "volunteer.detail.merged")));
            card.addClassName("lw-volunteer-card");
            getContent().add(card);
        }
    }

    private void matches() {
        var matches = volunteers.matchesOf(id);
        if (matches.isEmpty()) {
            return;
        }
        getContent().add(new H2(getTranslation("volunteer.detail.matches")));
        for (MatchDetails match : matches) {
            getContent().add(new Paragraph(new RouterLink(getTranslation("volunteer.detail.match",
                    getTranslation("volunteer.needs.title"), "#" + match.needId(),
                    VolunteerTexts.date(this, match.startsOn())), MatchingView.class, match.needId())));
        }
    }

    private void changeStatus(VolunteerStatus next) {
        act(() -> volunteers.changeStatus(id, next), "volunteer.detail.changed",
                VolunteerTexts.status(this, next));
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
