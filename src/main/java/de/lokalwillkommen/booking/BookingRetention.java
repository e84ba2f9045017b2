package de.lokalwillkommen.booking;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.jobs.PersonalDataRetention;
import de.lokalwillkommen.base.jobs.RetentionProperties;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the promise of the consent text: names, phone numbers, e-mail addresses and notes of a booking
 * are erased {@code lw.retention.booking-days} after the appointment (90 by default), every night through
 * the {@link de.lokalwillkommen.base.jobs.RetentionJob} (on one server). The anonymous rest (topic, language,
 * persons, status, channel) stays for the figures the network reports to the city.
 */
@Component
class BookingRetention implements PersonalDataRetention {

    private final BookingRepository bookings;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final int retentionDays;

    BookingRetention(BookingRepository bookings, MunicipalityProperties municipality, Clock clock,
            RetentionProperties retention) {
        this.bookings = bookings;
        this.municipality = municipality;
        this.clock = clock;
        this.retentionDays = retention.bookingDays();
    }

    @Override
    public String name() {
        return "bookings";
    }

    @Override
    public int apply(LocalDateTime now) {
        return retentionDays <= 0 ? 0 : bookings.anonymiseBefore(now.minusDays(retentionDays));
    }

    /** The same as the nightly run, now. */
    @Transactional
    public int anonymiseOldBookings() {
        return apply(municipality.now(clock));
    }
}
