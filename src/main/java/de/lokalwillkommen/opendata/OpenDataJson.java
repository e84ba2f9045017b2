package de.lokalwillkommen.opendata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The shapes of the open data, kept apart from the features' records so that a new field in a feature
 * never reaches the public API by accident. Times are wall-clock times of the municipality's zone.
 */
final class OpenDataJson {

    private OpenDataJson() {
    }

    record Address(@Nullable String street, @Nullable String postcode, String city) {
    }

    record Links(String page, String hours, String sessions, String calendar) {
    }

    /** A team role and its employer; people's names are left out on purpose. */
    record Role(String role, @Nullable String organisation) {
    }

    record Place(String name, @Nullable String address) {
    }

    record Office(String slug, String name, List<String> districts, Address address, @Nullable String phone,
            @Nullable String email, List<String> languages, @Nullable String accessibility, List<Role> team,
            List<Place> venues, Links links) {
    }

    record Hours(@Nullable DayOfWeek weekday, int everyWeeks, @Nullable LocalDate date, LocalTime start, LocalTime end,
            boolean outreach, @Nullable Place venue, List<String> languages, List<LocalDate> nextDates) {
    }

    record Session(LocalDateTime start, LocalDateTime end, boolean outreach, @Nullable Place venue,
            List<String> languages) {
    }

    record Event(long id, String office, String type, String title, LocalDateTime start, LocalDateTime end,
            String place, List<String> languages, String description, boolean cancelled, String calendar) {
    }

    record Organisation(String name, String kind, @Nullable String website, @Nullable String phone,
            @Nullable String email, @Nullable String address, List<String> districts, List<String> languages) {
    }
}
