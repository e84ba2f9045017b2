package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;

/**
 * The personal link, to keep: written out in full (a long press copies it on any phone), a copy button,
 * and the calendar file. Whoever has the link can cancel or move the booking, hence long and random.
 */
class PersonalLink extends Div {

    PersonalLink(String token) {
        addClassName("lw-personal-link");
        String url = PersonalLinks.absolutePage(token);
        Anchor link = new Anchor(url, url);
        link.addClassName("lw-personal-url");
        link.getElement().setAttribute("dir", "ltr");
        Button copy = new Button(getTranslation("book.link.copy"), e -> copy(url));
        Anchor calendar = new Anchor(PersonalLinks.calendar(token), getTranslation("book.calendar"));
        calendar.setRouterIgnore(true);
        calendar.getElement().setAttribute("download", "lokal-willkommen.ics");
        calendar.addClassName("lw-calendar-link");
        add(new H2(getTranslation("book.link")), new Paragraph(getTranslation("book.link.help")), new Paragraph(link),
                new ActionRow(copy, calendar));
    }

    private void copy(String url) {
        getElement().executeJs("return navigator.clipboard.writeText($0)", url).then(
                ok -> Notification.show(getTranslation("book.link.copied")),
                failed -> Notification.show(getTranslation("book.link.copyByHand")));
    }
}
