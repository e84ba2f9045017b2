package de.lokalwillkommen.volunteer;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the volunteering feature tells the others (confirmation mail, figures, audit). Apart from the
 * registration (whose confirmation mail needs the address and the link), they carry ids only: a listener
 * that needs more asks the volunteer service, which checks access.
 */
public final class VolunteerEvents {

    private VolunteerEvents() {
    }

    /**
     * @param language the UI language the volunteer registered in, for the confirmation message
     * @param email where to send it, if the volunteer gave an address
     * @param managePath the personal page, relative to the app's base ({@code volunteer/offer/<token>})
     */
    public record VolunteerOfferRegistered(long offerId, String reference, String language, @Nullable String email,
            String managePath) {
    }

    public record VolunteerOfferUpdated(long offerId) {
    }

    public record VolunteerOfferWithdrawn(long offerId) {
    }

    public record VolunteerStatusChanged(long offerId, VolunteerStatus from, VolunteerStatus to, boolean byVolunteer) {
    }

    public record VolunteerOffersMerged(long keptOfferId, long mergedOfferId) {
    }

    public record VolunteerDataErased(int offers) {
    }

    public record NeedRecorded(long needId, long officeId, HelpType helpType) {
    }

    public record MatchConfirmed(long matchId, long needId, long offerId, long officeId, LocalDate startsOn,
            @Nullable LocalDate followUpOn) {
    }

    public record MatchEnded(long matchId, long needId, long offerId) {
    }

    public record InterpreterAssigned(long bookingId, long offerId, long officeId, String language) {
    }

    public record InterpreterUnassigned(long bookingId, long offerId) {
    }
}
