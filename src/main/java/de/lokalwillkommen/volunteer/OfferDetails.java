package de.lokalwillkommen.volunteer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An offer as its owner (through the personal link) or staff see it. After withdrawal or erasure the
 * personal fields are null and the lists empty.
 */
public record OfferDetails(long id, String reference, @Nullable String manageToken, VolunteerStatus status,
        @Nullable String name, @Nullable String email, @Nullable String phone, Set<HelpType> helpTypes,
        @Nullable String otherHelp, List<SpokenLanguage> languages, Set<Long> districtIds, boolean wholeCity,
        Set<TimeSlot> times, Rhythm rhythm, LocalDate availableFrom, @Nullable LocalDate availableUntil,
        @Nullable String message, String uiLanguage, boolean pausedByVolunteer, @Nullable LocalDate certificateSeenOn,
        List<OfferNote> notes, LocalDateTime createdAt, LocalDateTime updatedAt, boolean erased) {

    public boolean mayInvolveChildren() {
        return helpTypes.stream().anyMatch(HelpType::mayInvolveChildren);
    }

    public boolean needsCertificate() {
        return helpTypes.stream().anyMatch(HelpType::alwaysWithChildren);
    }

    /** The request that reproduces this offer, for the owner's update form. */
    public OfferRequest toRequest() {
        return new OfferRequest(name == null ? "" : name, email, phone, helpTypes, otherHelp, languages, districtIds,
                wholeCity, times, rhythm, availableFrom, availableUntil, message, true, uiLanguage, null, null);
    }
}
