package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingStatus;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One booking as a card: when, who, what about, in which language, and the actions that fit its status. */
class AgendaBookingCard extends Composite<Div> {

    AgendaBookingCard(BookingDetails booking, Map<Long, String> venues, Languages languages,
            AgendaBookingActions actions, LocalDateTime now) {
        Div card = getContent();
        card.addClassNames("lw-agenda-card", "lw-status-" + booking.status().name().toLowerCase(Locale.ROOT));
        Span time = new Span(StaffFormat.times(this, booking.start(), booking.end()));
        time.addClassName("lw-agenda-time");
        Span status = new Span(getTranslation("agenda.status." + booking.status().name()));
        status.addClassName("lw-badge");
        Span who = new Span(booking.name() == null ? booking.code() : booking.name());
        who.addClassName("lw-agenda-name");
        card.add(line(time, who, status));
        List<String> facts = new ArrayList<>();
        facts.add(StaffFormat.language(languages, booking.language()));
        if (booking.interpreter()) {
            facts.add(getTranslation("agenda.interpreter"));
        }
        facts.add(StaffFormat.topic(this, booking.topic()));
        facts.add(getTranslation("agenda.persons", booking.persons()));
        card.add(new Paragraph(String.join(" · ", facts)));
        if (booking.venueId() != null && venues.containsKey(booking.venueId())) {
            card.add(new Paragraph(getTranslation("agenda.at", venues.get(booking.venueId()))));
        }
        contact(booking);
        if (booking.note() != null) {
            Paragraph note = new Paragraph(getTranslation("agenda.note", booking.note()));
            note.addClassName("lw-agenda-note");
            card.add(note);
        }
        if (booking.cancelReason() != null) {
            card.add(new Paragraph(getTranslation("agenda.cancelReason", booking.cancelReason())));
        }
        Div buttons = new Div();
        buttons.addClassName("lw-card-actions");
        boolean outcomeDue = booking.outcomeCanBeRecorded(now);
        if (outcomeDue && booking.status() != BookingStatus.ATTENDED) {
            buttons.add(action(VaadinIcon.CHECK, "agenda.markAttended", () -> actions.attended(this, booking)));
        }
        if (outcomeDue && booking.status() != BookingStatus.NO_SHOW) {
            buttons.add(action(VaadinIcon.CLOSE_CIRCLE_O, "agenda.markNoShow", () -> actions.noShow(this, booking)));
        }
        if (booking.isActive()) {
            buttons.add(action(VaadinIcon.EXCHANGE, "agenda.move", () -> actions.move(this, booking)));
            buttons.add(action(VaadinIcon.BAN, "agenda.cancel", () -> actions.cancel(this, booking)));
        }
        if (buttons.getComponentCount() > 0) {
            card.add(buttons);
        }
    }

    private void contact(BookingDetails booking) {
        Div links = new Div();
        if (booking.phone() != null) {
            links.add(new Anchor("tel:" + booking.phone(), booking.phone()));
        }
        if (booking.email() != null) {
            links.add(new Anchor("mailto:" + booking.email(), booking.email()));
        }
        if (links.getComponentCount() > 0) {
            links.addClassName("lw-card-line");
            getContent().add(links);
        }
    }

    private static Div line(com.vaadin.flow.component.Component... parts) {
        Div line = new Div(parts);
        line.addClassName("lw-card-line");
        return line;
    }

    private Button action(VaadinIcon icon, String labelKey, Runnable run) {
        Button button = new Button(getTranslation(labelKey), icon.create(), e -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
