package de.lokalwillkommen.booking;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.OfficeDirectory;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.client.ClientKey;
import java.time.Duration;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The limits on online booking that need the database, so they hold across servers: online bookings per client key
 * in 24 hours, and the office brake. When an office's online places go much faster than usual, people the office
 * does not know yet are asked to phone instead, and staff see a notice in the agenda; people who came before (or
 * whom staff booked) still book. Each held attempt keeps the brake on for {@link AbuseLimits#holdFor()}.
 */
@Component
class OnlineBookingGuard {

    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration HOUR = Duration.ofHours(1);

    private final BookingRepository bookings;
    private final SlotRepository slots;
    private final OfficeHoldRepository holds;
    private final AbuseLimits limits;
    private final ObjectProvider<OfficeDirectory> offices;
    private final MunicipalityProperties municipality;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;

    OnlineBookingGuard(BookingRepository bookings, SlotRepository slots, OfficeHoldRepository holds, AbuseLimits limits,
            ObjectProvider<OfficeDirectory> offices, MunicipalityProperties municipality,
            ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.bookings = bookings;
        this.slots = slots;
        this.holds = holds;
        this.limits = limits;
        this.offices = offices;
        this.municipality = municipality;
        this.events = events;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Refuses (with the office's phone number) a new online booking the limits hold back. */
    void check(long officeId, Booking.Contact contact, ClientKey client, LocalDateTime now) {
        Boolean tooMany = contact.clientHash() != null && Boolean.TRUE.equals(readOnly.execute(
                s -> bookings.onlineByClientSince(contact.clientHash(), now.minus(DAY))
                        >= (long) limits.perClientDay() * client.allowance()));
        if (Boolean.TRUE.equals(tooMany)) {
            throw new UserFacingException("booking.error.tooManyFromHere", phoneOf(officeId));
        }
        Boolean held = readOnly.execute(s -> isBraking(officeId, now) && !isKnown(officeId, contact));
        if (Boolean.TRUE.equals(held)) {
            countHeld(officeId, now);
            throw new UserFacingException("booking.error.held", phoneOf(officeId));
        }
    }

    private boolean isKnown(long officeId, Booking.Contact contact) {
        String phone = contact.phone();
        String email = contact.emailKey();
        return (phone != null && bookings.knownPhone(officeId, phone))
                || (email != null && bookings.knownEmail(officeId, email));
    }

    /** Whether the office's online booking holds new clients back now. */
    boolean isBraking(long officeId, LocalDateTime now) {
        if (holds.findById(officeId).filter(h -> !h.getLastAt().isBefore(now.minus(limits.holdFor()))).isPresent()) {
            return true;
        }
        if (bookings.onlineSince(officeId, now.minus(limits.brakeWindow())) >= limits.brakeBookings()) {
            return true;
        }
        return fasterThanShare(officeId, now, HOUR, limits.brakeHourlyShare(), limits.brakeHourlyMinimum())
                || fasterThanShare(officeId, now, DAY, limits.brakeDailyShare(), limits.brakeDailyMinimum());
    }

    private boolean fasterThanShare(long officeId, LocalDateTime now, Duration period, double share, int minimum) {
        if (share <= 0) {
            return false;
        }
        long taken = bookings.onlineSince(officeId, now.minus(period));
        // The places free at the start of the period: those free now plus those taken since (cancellations aside).
        return taken >= minimum && taken > share * (slots.freeOnlinePlaces(officeId, now) + taken);
    }

    private void countHeld(long officeId, LocalDateTime now) {
        LocalDateTime ended = now.minus(limits.holdFor());
        Integer counted = writing.execute(s -> holds.countHeld(officeId, now, ended));
        if (counted == null || counted == 0) {
            try {
                writing.executeWithoutResult(s -> holds.saveAndFlush(new OfficeHold(officeId, now)));
                writing.execute(s -> holds.countHeld(officeId, now, ended));
            } catch (DataIntegrityViolationException anotherServerWasFaster) {
                writing.execute(s -> holds.countHeld(officeId, now, ended));
                return;
            }
        }
        writing.executeWithoutResult(s -> holds.findById(officeId).filter(h -> h.getHeld() == 1).ifPresent(h ->
                // The first attempt held since the brake engaged: tell the office once, not per attempt.
                events.publishEvent(new BookingEvents.OnlineBookingHeld(officeId, h.getSince()))));
    }

    private String phoneOf(long officeId) {
        OfficeDirectory directory = offices.getIfAvailable();
        if (directory != null) {
            for (OfficeDirectory.OfficeContact office : directory.contacts()) {
                if (office.id() == officeId && office.phone().isPresent()) {
                    return office.phone().get();
                }
            }
        }
        return municipality.coordinationPhone();
    }
}
