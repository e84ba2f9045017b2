package de.lokalwillkommen.volunteer.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import de.lokalwillkommen.base.PublicAddress;
import de.lokalwillkommen.volunteer.VolunteerService;
import org.jspecify.annotations.Nullable;

/** The personal page's address (the token is the only key to it) and who is asking, for the flood limit. */
final class VolunteerLinks {

    private VolunteerLinks() {
    }

    /** The full address people keep, from {@code lw.public-base-url}: never from the forgeable Host header. */
    static String absolutePage(String token) {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(PublicAddress.class)
                .of(VolunteerService.managePath(token));
    }

    /** The client address, for slowing down floods of submits; the service never stores it. */
    static @Nullable String clientKey() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
