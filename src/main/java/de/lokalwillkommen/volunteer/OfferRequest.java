package de.lokalwillkommen.volunteer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An offer of help as the volunteer typed it (registration and later updates through the personal link).
 *
 * @param uiLanguage the language the volunteer used the form in, for later messages
 * @param idempotencyKey the same for a double tap or a retried submit, so they register once
 * @param clientKey who is asking (the client address), for slowing down floods; never stored
 */
public record OfferRequest(String name, @Nullable String email, @Nullable String phone, Set<HelpType> helpTypes,
        @Nullable String otherHelp, List<SpokenLanguage> languages, Set<Long> districtIds, boolean wholeCity,
        Set<TimeSlot> times, Rhythm rhythm, LocalDate availableFrom, @Nullable LocalDate availableUntil,
        @Nullable String message, boolean consent, String uiLanguage, @Nullable String idempotencyKey,
        @Nullable String clientKey) {

    public OfferRequest {
        helpTypes = Set.copyOf(helpTypes);
        languages = List.copyOf(languages);
        districtIds = Set.copyOf(districtIds);
        times = Set.copyOf(times);
    }

    /** Whether the offer includes help that may be given to children. */
    public boolean mayInvolveChildren() {
        return helpTypes.stream().anyMatch(HelpType::mayInvolveChildren);
    }
}
