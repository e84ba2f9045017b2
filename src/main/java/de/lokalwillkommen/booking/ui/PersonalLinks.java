package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.server.VaadinService;
import de.lokalwillkommen.base.PublicAddress;

/** The addresses of a booking's personal page and calendar file: the token is the only key to both. */
final class PersonalLinks {

    /** The route of the manage page, as {@link BookingView} declares it. */
    static final String PAGE = "booking/";

    private PersonalLinks() {
    }

    /** Relative to the app's base, for links inside the app. */
    static String page(String token) {
        return PAGE + token;
    }

    /** The light appointment card that works offline (docs/decisions/0028). */
    static String card(String token) {
        return PAGE + token + "/card";
    }

    static String calendar(String token) {
        return PAGE + token + ".ics";
    }

    /**
     * The full address people keep (and paste into a message to themselves), from the configured
     * {@code lw.public-base-url}, never from the request's Host header, which anyone can forge.
     */
    static String absolutePage(String token) {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(PublicAddress.class).of(page(token));
    }
}
