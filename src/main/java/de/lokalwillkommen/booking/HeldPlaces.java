package de.lokalwillkommen.booking;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.audit.AuditAction;
import de.lokalwillkommen.base.audit.AuditLog;
import de.lokalwillkommen.base.client.ContactKeys;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places held for someone on the waitlist (decision record 0026). A hold takes a place with the same conditional
 * update as a booking, so nobody else can book it meanwhile; confirming turns the hold into a booking (or moves
 * an existing booking into it) without taking a second place; an ended hold gives the place back. Every method
 * runs inside the caller's transaction, so the waitlist's own record and the place change commit together.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class HeldPlaces {

    /** How many free times one search looks through for one that fits. */
    private static final int SEARCH = 50;

    private final SlotRepository slots;
    private final BookingRepository bookings;
    private final BookingSettingsRepository settings;
    private final BookingCodes codes;
    private final ContactKeys contactKeys;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final MunicipalityProperties municipality;
    private final Clock clock;

    HeldPlaces(SlotRepository slots, BookingRepository bookings, BookingSettingsRepository settings,
            BookingCodes codes, ContactKeys contactKeys, ApplicationEventPublisher events, AuditLog audit,
            MunicipalityProperties municipality, Clock clock) {
        this.slots = slots;
        this.bookings = bookings;
        this.settings = settings;
        this.codes = codes;
        this.contactKeys = contactKeys;
        this.events = events;
        this.audit = audit;
        this.municipality = municipality;
        this.clock = clock;
    }

    /**
     * Holds the earliest free online place of the office that starts before {@code before} and fits the language
     * (offered in the session, or an interpreter was asked for); {@code skip}: times this person already had.
     */
    public Optional<FreeSlot> holdEarliest(long officeId, LocalDateTime before, String language, boolean interpreter,
            Collection<Long> skip) {
        LocalDateTime earliest = municipality.inMinutes(clock, settingsOf(officeId).leadMinutes());
        if (!before.isAfter(earliest)) {
            return Optional.empty();
        }
        for (Slot slot : slots.freeOnline(officeId, earliest, before, Limit.of(SEARCH))) {
            boolean fits = interpreter || slot.languageList().isEmpty() || slot.languageList().contains(language);
            if (fits && !skip.contains(slot.getId()) && slots.takePlace(slot.getId(), earliest, false) == 1) {
                return Optional.of(new FreeSlot(slot.getId(), officeId, slot.getStart(), slot.getEnd(),
                        slot.getVenueId(), slot.languageList(), 0));
            }
        }
        return Optional.empty();
    }

    /** Gives a held place back. */
    public void release(long slotId) {
        slots.releasePlace(slotId);
    }

    /** Turns a hold into a booking of its own; the place already counts, so none is taken twice. */
    public BookingDetails bookHeld(long slotId, BookingRequest request) {
        String problem = BookingRules.problemWith(request, true);
        if (problem != null) {
            throw new UserFacingException(problem);
        }
        Slot slot = slots.findById(slotId).filter(s -> !s.isCancelled())
                .orElseThrow(() -> new UserFacingException("booking.error.taken"));
        String code = codes.code();
        while (bookings.existsByCode(code)) {
            code = codes.code();
        }
        Booking.Contact contact = new Booking.Contact(contactKeys.phone(request.phone()),
                ContactKeys.email(request.email()), null);
        Booking booking = bookings.saveAndFlush(new Booking(slotId, slot.getOfficeId(), code, codes.manageToken(),
                request, contact, Channel.SELF, municipality.now(clock)));
        events.publishEvent(new BookingEvents.BookingConfirmed(booking.getId(), slot.getOfficeId(), slot.getStart(),
                booking.getLanguage(), Channel.SELF));
        audit.changed(AuditAction.CREATE, BookingService.AUDIT_TYPE, booking.getId(), slot.getOfficeId(),
                "channel SELF from the waitlist");
        return BookingService.details(booking, slot);
    }

    /** Moves an existing booking into a held place and frees its old one (which may go to the next person). */
    public BookingDetails moveIntoHeld(long bookingId, long slotId) {
        Booking booking = bookings.findById(bookingId).filter(Booking::isActive)
                .orElseThrow(() -> new UserFacingException("booking.error.notActive"));
        Slot from = slots.findById(booking.getSlotId()).orElseThrow();
        Slot to = slots.findById(slotId).filter(s -> !s.isCancelled() && s.getOfficeId() == booking.getOfficeId())
                .orElseThrow(() -> new UserFacingException("booking.error.taken"));
        slots.releasePlace(from.getId());
        Booking moved = bookings.findById(bookingId).orElseThrow();
        moved.moveTo(to.getId(), municipality.now(clock));
        audit.changed(AuditAction.MOVE, BookingService.AUDIT_TYPE, moved.getId(), moved.getOfficeId(),
                "slot " + from.getId() + " -> " + to.getId() + " from the waitlist");
        events.publishEvent(new BookingEvents.BookingMoved(moved.getId(), moved.getOfficeId(), from.getStart(),
                to.getStart(), false));
        return BookingService.details(moved, to);
    }

    private BookingSettings settingsOf(long officeId) {
        return settings.findById(officeId).orElseGet(() -> BookingSettings.defaults(officeId));
    }
}
