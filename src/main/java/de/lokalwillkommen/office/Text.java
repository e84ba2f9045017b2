package de.lokalwillkommen.office;

import org.jspecify.annotations.Nullable;

final class Text {

    private Text() {
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** "Street 1, 44309 City", or null while the street is not known. */
    static @Nullable String address(@Nullable String street, @Nullable String postcode, String city) {
        return street == null ? null : street + ", " + (postcode == null ? "" : postcode + " ") + city;
    }

    static String nullToBlank(@Nullable String value) {
        return value == null ? "" : value;
    }
}
