package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.booking.BookingDetails;
import java.util.List;

/** After a session was cancelled: who had booked it and how to reach them, so staff can tell them. */
class SessionAffectedDialog extends Dialog {

    SessionAffectedDialog(List<BookingDetails> affected, Languages languages) {
        setHeaderTitle(getTranslation("session.affected.title"));
        addClassName("lw-session-affected");
        if (affected.isEmpty()) {
            add(new Paragraph(getTranslation("session.affected.none")));
        } else {
            add(new Paragraph(getTranslation("session.affected.text", affected.size())));
        }
        for (BookingDetails booking : affected) {
            Div person = new Div();
            person.addClassName("lw-agenda-card");
            Span name = new Span(booking.name() == null ? booking.code() : booking.name());
            name.addClassName("lw-agenda-name");
            person.add(name, new Paragraph(getTranslation("session.affected.language",
                    StaffFormat.language(languages, booking.language()), booking.code())));
            if (booking.phone() != null) {
                person.add(new Div(new Anchor("tel:" + booking.phone(), booking.phone())));
            }
            if (booking.email() != null) {
                person.add(new Div(new Anchor("mailto:" + booking.email(), booking.email())));
            }
            if (booking.phone() == null && booking.email() == null) {
                person.add(new Paragraph(getTranslation("session.affected.noContact")));
            }
            add(person);
        }
        Button done = new Button(getTranslation("session.affected.close"), e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
