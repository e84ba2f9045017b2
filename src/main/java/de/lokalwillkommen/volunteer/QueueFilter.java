package de.lokalwillkommen.volunteer;

import java.time.DayOfWeek;
import org.jspecify.annotations.Nullable;

/**
 * What the review queue shows. Every criterion is optional.
 *
 * @param status one status; null: all offers still in the pool (new, in conversation, active, paused)
 * @param officeId only volunteers who serve this office (its districts or the whole city)
 * @param districtId only volunteers who help in this district (or anywhere in the city)
 * @param language only volunteers who speak this language (any level)
 * @param day with {@code part}: only volunteers free then; either alone narrows by day or part of day
 */
public record QueueFilter(@Nullable VolunteerStatus status, @Nullable Long officeId, @Nullable Long districtId,
        @Nullable String language, @Nullable HelpType helpType, @Nullable DayOfWeek day, @Nullable PartOfDay part) {

    public static QueueFilter all() {
        return new QueueFilter(null, null, null, null, null, null, null);
    }

    public QueueFilter withStatus(@Nullable VolunteerStatus newStatus) {
        return new QueueFilter(newStatus, officeId, districtId, language, helpType, day, part);
    }

    boolean accepts(OfferDetails offer, java.util.function.LongFunction<java.util.Set<Long>> districtsOfOffice) {
        if (status == null ? !offer.status().isOpen() : offer.status() != status) {
            return false;
        }
        if (officeId != null && !ServedArea.serves(offer.wholeCity(), offer.districtIds(),
                districtsOfOffice.apply(officeId))) {
            return false;
        }
        if (districtId != null && !offer.wholeCity() && !offer.districtIds().contains(districtId)) {
            return false;
        }
        if (language != null && offer.languages().stream().noneMatch(l -> l.code().equals(language))) {
            return false;
        }
        if (helpType != null && !offer.helpTypes().contains(helpType)) {
            return false;
        }
        return offer.times().stream().anyMatch(t -> (day == null || t.day() == day) && (part == null || t.part() == part))
                || (day == null && part == null);
    }
}
