package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The link to the light appointment card, and the card kept on this phone for the way to the office with no
 * data left (docs/decisions/0028). The page stores it itself: Cache Storage is open to pages, so it is kept even
 * before the service worker controls the page; the worker then serves it offline.
 */
class CardLink extends Div {

    /** Fetches the card into its cache; a failure (no Cache Storage, private mode) leaves the page as it is. */
    private static final String KEEP = "if (window.caches) { const u = new URL($0, document.baseURI);"
            + " caches.open($1).then(c => c.add(u.origin + u.pathname)).catch(() => {}); }";
    private static final String FORGET = "if (window.caches) { const u = new URL($0, document.baseURI);"
            + " caches.open($1).then(c => c.delete(u.origin + u.pathname)).catch(() => {}); }";

    CardLink(String token) {
        addClassName("lw-card-link");
        String card = PersonalLinks.card(token);
        Anchor link = new Anchor(card, getTranslation("card.link"));
        // A plain page of the server, not a view: the browser loads it.
        link.setRouterIgnore(true);
        add(new Paragraph(link), new Paragraph(getTranslation("card.link.help")));
        getElement().executeJs(KEEP, card, BookingCardPage.CACHE);
    }

    /** The booking is cancelled or over: its card leaves this phone at once, not only at the next fetch. */
    static void forget(Component on, String token) {
        on.getElement().executeJs(FORGET, PersonalLinks.card(token), BookingCardPage.CACHE);
    }
}
