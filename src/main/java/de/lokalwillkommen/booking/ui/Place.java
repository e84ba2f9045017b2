package de.lokalwillkommen.booking.ui;

import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.VenueSummary;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Where a consultation takes place: the office itself, or the partner venue of an outreach session. */
record Place(String name, @Nullable String address) {

    static Place of(OfficeDetails office, @Nullable Long venueId) {
        if (venueId != null) {
            for (VenueSummary venue : office.venues()) {
                if (venue.id() == venueId) {
                    return new Place(venue.name(), venue.address());
                }
            }
        }
        return new Place(office.name(), office.address());
    }

    /** An OpenStreetMap search: no map tiles, no tracking, works on any phone. */
    @Nullable String mapLink() {
        return address == null ? null
                : "https://www.openstreetmap.org/search?query=" + URLEncoder.encode(address, StandardCharsets.UTF_8);
    }

    /** "Name, address" on one line, or the name alone while the address is not known. */
    String line() {
        return address == null ? name : name + ", " + address;
    }
}
