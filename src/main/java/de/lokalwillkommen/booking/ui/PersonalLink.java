package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The personal link, to keep: shown in full, selectable and copyable, next to the calendar file.
 * Whoever has it can cancel or move the booking, which is why it is long and random.
 */
class PersonalLink extends Div {

    PersonalLink(String token) {
        addClassName("lw-personal-link");
        String url = PersonalLinks.absolutePage(token);
        TextField field = new TextField();
        field.setLabel(getTranslation("book.link"));
        field.setHelperText(getTranslation("book.link.help"));
        field.setValue(url);
        field.setReadOnly(true);
        field.getElement().setAttribute("dir", "ltr");
        field.addClassName("lw-link-field");
        Button copy = new Button(getTranslation("book.link.copy"), e -> copy(url));
        Anchor calendar = new Anchor(PersonalLinks.calendar(token), getTranslation("book.calendar"));
        calendar.setRouterIgnore(true);
        calendar.getElement().setAttribute("download", "lokal-willkommen.ics");
        calendar.addClassName("lw-calendar-link");
        add(field, copy, new Paragraph(calendar));
    }

    private void copy(String url) {
        getElement().executeJs("return navigator.clipboard.writeText($0)", url).then(
                ok -> Notification.show(getTranslation("book.link.copied")),
                failed -> Notification.show(getTranslation("book.link.copyByHand")));
    }
}
