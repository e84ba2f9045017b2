package de.lokalwillkommen.message.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinService;
import de.lokalwillkommen.base.PublicAddress;

/**
 * The personal conversation link, to keep: written out in full (a long press copies it on any phone) with a copy
 * button. Whoever has it reads the conversation, hence long and random, and built from the configured
 * {@code lw.public-base-url}, never from the request's Host header.
 */
class ConversationLink extends Div {

    /** The route of the link page, as {@link ConversationView} declares it. */
    static final String PAGE = "conversation/";

    ConversationLink(String token) {
        addClassName("lw-personal-link");
        String url = absolute(token);
        Anchor link = new Anchor(url, url);
        link.addClassName("lw-personal-url");
        link.getElement().setAttribute("dir", "ltr");
        Button copy = new Button(getTranslation("book.link.copy"), e -> copy(url));
        add(new H2(getTranslation("conversation.link.title")), new Paragraph(getTranslation("conversation.link.help")),
                new Paragraph(link), copy);
    }

    static String absolute(String token) {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(PublicAddress.class).of(PAGE + token);
    }

    private void copy(String url) {
        getElement().executeJs("return navigator.clipboard.writeText($0)", url).then(
                ok -> Notification.show(getTranslation("book.link.copied")),
                failed -> Notification.show(getTranslation("book.link.copyByHand")));
    }
}
