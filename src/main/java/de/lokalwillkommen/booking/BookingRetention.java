package de.lokalwillkommen.booking;

import de.lokalwillkommen.base.MunicipalityProperties;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the promise of the consent text: names, phone numbers, e-mail addresses and notes of a booking
 * are erased a set number of days after the appointment (90 by default), every night. The anonymous
 * rest (topic, language, persons, status) stays for the figures the network reports to the city.
 */
@Component
class BookingRetention {

    private static final Logger log = LoggerFactory.getLogger(BookingRetention.class);

    private final BookingRepository bookings;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final int retentionDays;

    BookingRetention(BookingRepository bookings, MunicipalityProperties municipality, Clock clock,
            @Value("${lw.booking.retention-days:90}") int retentionDays) {
        this.bookings = bookings;
        this.municipality = municipality;
        this.clock = clock;
        this.retentionDays = retentionDays;
    }

    @Scheduled(cron = "${lw.booking.retention-cron:0 30 3 * * *}", zone = "${lw.municipality.zone:Europe/Berlin}")
    @Transactional
    public int anonymiseOldBookings() {
        int erased = bookings.anonymiseBefore(municipality.now(clock).minusDays(retentionDays));
        if (erased > 0) {
            log.info("Erased the personal data of {} bookings older than {} days.", erased, retentionDays);
        }
        return erased;
    }
}
