package de.lokalwillkommen.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.util.Objects;

/** A row of {@code volunteer_offer_time}: weekday 1 (Monday) to 7 and a part of the day. */
@Embeddable
class OfferTime {

    @Column(nullable = false)
    private int weekday;

    @Enumerated(EnumType.STRING)
    @Column(name = "part_of_day", nullable = false)
    private PartOfDay part;

    protected OfferTime() {
    }

    OfferTime(TimeSlot slot) {
        this.weekday = slot.day().getValue();
        this.part = slot.part();
    }

    TimeSlot toSlot() {
        return new TimeSlot(DayOfWeek.of(weekday), part);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OfferTime that && weekday == that.weekday && part == that.part;
    }

    @Override
    public int hashCode() {
        return Objects.hash(weekday, part);
    }
}
