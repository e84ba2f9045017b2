package de.lokalwillkommen.office.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Tappable phone, e-mail and map links; a missing value is said plainly, never invented. */
final class ContactLinks {

    private ContactLinks() {
    }

    static Component phone(@Nullable String phone, Component context) {
        if (phone == null) {
            return new Span(context.getTranslation("office.phoneMissing"));
        }
        Anchor link = new Anchor(phoneHref(phone), phone);
        link.getElement().setAttribute("dir", "ltr");
        return link;
    }

    static Component email(@Nullable String email, Component context) {
        if (email == null) {
            return new Span(context.getTranslation("office.emailMissing"));
        }
        return new Anchor("mailto:" + email, email);
    }

    /** The phone number as a dialling link: digits and a leading plus only. */
    static String phoneHref(String phone) {
        return "tel:" + phone.replaceAll("[^+0-9]", "");
    }

    static String mapHref(String address) {
        return "https://www.openstreetmap.org/search?query=" + URLEncoder.encode(address, StandardCharsets.UTF_8);
    }

    /** An OpenStreetMap search for the address: no map tiles, no tracking, works on any phone. */
    static Anchor map(String address, Component context) {
        Anchor link = new Anchor(mapHref(address), context.getTranslation("office.openMap"));
        link.setTarget("_blank");
        link.getElement().setAttribute("rel", "noopener");
        return link;
    }
}
