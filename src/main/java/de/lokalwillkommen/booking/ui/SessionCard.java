package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.booking.SessionView;
import java.util.Optional;

/** One bookable time of a session: when, where, how full; and, while it lies ahead, a way to cancel it. */
class SessionCard extends Composite<Div> {

    /**
     * @param where the venue's name, or the office's own name for sessions held in the office
     * @param cancel offered only for sessions that are not cancelled and have not begun; empty for none
     */
    SessionCard(SessionView session, String where, Languages languages, boolean withDate,
            Optional<Runnable> cancel) {
        Div card = getContent();
        card.addClassName("lw-session-card");
        card.getElement().setAttribute("data-slot", Long.toString(session.slotId()));
        String when = StaffFormat.times(this, session.start(), session.end());
        Span time = new Span(withDate ? StaffFormat.day(this, session.start().toLocalDate()) + " " + when : when);
        time.addClassName("lw-agenda-time");
        Span load = new Span(getTranslation("session.booked", session.booked(), session.capacity()));
        Div line = new Div(time, load);
        line.addClassName("lw-card-line");
        if (session.cancelled()) {
            card.addClassName("lw-status-cancelled");
            Span cancelled = new Span(getTranslation("session.cancelled"));
            cancelled.addClassName("lw-badge");
            line.add(cancelled);
        }
        card.add(line, new Paragraph(getTranslation("agenda.at", where)));
        if (!session.languages().isEmpty()) {
            card.add(new Paragraph(getTranslation("session.languages", StaffFormat.languages(languages,
                    session.languages()))));
        }
        cancel.ifPresent(run -> {
            Button button = new Button(getTranslation("session.cancel"), VaadinIcon.BAN.create(), e -> run.run());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            Div actions = new Div(button);
            actions.addClassName("lw-card-actions");
            card.add(actions);
        });
    }
}
