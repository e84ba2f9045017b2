package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.booking.HoardingService;
import de.lokalwillkommen.booking.HoardingService.SuspectGroup;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Above the agenda when someone may be hoarding the office's online places: the brake's notice (with a button to
 * reopen online booking) and the recent online bookings grouped by client key or device, each group released
 * in one action. Shows nothing on an ordinary day.
 */
class HoardingNotice extends Div {

    private final HoardingService hoarding;
    private final long officeId;
    private final Runnable changed;

    HoardingNotice(HoardingService hoarding, long officeId, Runnable changed) {
        this.hoarding = hoarding;
        this.officeId = officeId;
        this.changed = changed;
        addClassName("lw-hoarding");
        getElement().setAttribute("role", "region");
        HoardingService.HoldNotice hold = hoarding.hold(officeId);
        List<SuspectGroup> groups = hoarding.suspectGroups(officeId);
        if (hold.held() > 0 && hold.since() != null && hold.lastHeld() != null) {
            add(holdNotice(hold));
        }
        if (!groups.isEmpty()) {
            add(new H3(getTranslation("agenda.groups.title")));
            groups.forEach(group -> add(groupCard(group)));
        }
        setVisible(getChildren().findAny().isPresent());
    }

    private Div holdNotice(HoardingService.HoldNotice hold) {
        Div notice = new Div();
        notice.addClassName("lw-hoarding-hold");
        if (hold.braking()) {
            notice.add(new Paragraph(getTranslation("agenda.hold.active", time(hold.since()), hold.held())));
            Button reopen = new Button(getTranslation("agenda.hold.end"), e -> reopen());
            notice.add(reopen);
        } else {
            notice.add(new Paragraph(getTranslation("agenda.hold.past", time(hold.lastHeld()), hold.held())));
        }
        return notice;
    }

    private Div groupCard(SuspectGroup group) {
        Div card = new Div();
        card.addClassName("lw-hoarding-group");
        String kind = group.kind() == HoardingService.GroupKind.CLIENT ? "agenda.group.client" : "agenda.group.device";
        card.add(new Paragraph(getTranslation(kind, group.bookings().size(), time(group.firstMade()),
                time(group.lastMade()))));
        card.add(new Paragraph(group.bookings().stream()
                .map(g -> StaffFormat.date(this, g.booking().start().toLocalDate()) + " "
                        + StaffFormat.times(this, g.booking().start(), g.booking().end()) + " "
                        + (g.booking().name() == null ? "" : g.booking().name()))
                .collect(Collectors.joining(" · "))));
        Button release = new Button(getTranslation("agenda.group.release", group.bookings().size()),
                e -> confirmRelease(group));
        release.addThemeVariants(ButtonVariant.LUMO_ERROR);
        card.add(release);
        return card;
    }

    private void confirmRelease(SuspectGroup group) {
        int size = group.bookings().size();
        new StaffReasonDialog(getTranslation("agenda.group.release", size),
                getTranslation("agenda.group.releaseExplanation", size), getTranslation("agenda.group.release", size),
                reason -> {
                    int released = hoarding.release(officeId, group.kind(), group.key(), reason);
                    StaffNotices.done(this, "agenda.group.released", released);
                    changed.run();
                }).open();
    }

    private void reopen() {
        hoarding.endHold(officeId);
        StaffNotices.done(this, "agenda.hold.ended");
        changed.run();
    }

    /** "10:14", isolated left to right like every time in the agenda. */
    private String time(LocalDateTime moment) {
        return "\u2066" + LocalDates.of(this).time(moment) + "\u2069";
    }
}
