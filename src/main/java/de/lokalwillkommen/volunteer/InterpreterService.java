package de.lokalwillkommen.volunteer;

import de.lokalwillkommen.base.audit.AuditLog;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.security.OfficeAccess;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteer interpreters for bookings that asked for one. The booking feature knows nothing of this:
 * the assignment is kept here, by booking id, and the bookings are read through the booking service
 * (which checks the office access again).
 */
@Service
public class InterpreterService {

    /** How far ahead the interpreter list looks. */
    public static final int DAYS_AHEAD = 28;

    private final BookingService bookings;
    private final InterpretingRepository interpretings;
    private final VolunteerOfferRepository offers;
    private final MatchingService matching;
    private final ServedArea area;
    private final OfficeAccess access;
    private final ApplicationEventPublisher events;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final AuditLog audit;

    InterpreterService(BookingService bookings, InterpretingRepository interpretings, VolunteerOfferRepository offers,
            MatchingService matching, ServedArea area, OfficeAccess access, ApplicationEventPublisher events,
            MunicipalityProperties municipality, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.bookings = bookings;
        this.interpretings = interpretings;
        this.offers = offers;
        this.matching = matching;
        this.area = area;
        this.access = access;
        this.events = events;
        this.municipality = municipality;
        this.clock = clock;
    }

    /** The office's coming bookings that asked for an interpreter, in time order, with who is assigned. */
    @Transactional(readOnly = true)
    public List<InterpreterRequest> upcoming(long officeId) {
        List<BookingDetails> asking = asking(officeId);
        Map<Long, Interpreting> assigned = interpretings.findByBookingIdIn(asking.stream().map(BookingDetails::id)
                .toList()).stream().collect(Collectors.toMap(Interpreting::getBookingId, Function.identity()));
        List<InterpreterRequest> shown = asking.stream().map(b -> {
            Interpreting i = assigned.get(b.id());
            if (i == null) {
                return new InterpreterRequest(b, null, null, null, null);
            }
            VolunteerOffer offer = offers.findById(i.getOfferId()).orElseThrow();
            return new InterpreterRequest(b, offer.getId(), offer.getReference(), offer.getName(), offer.getPhone());
        }).toList();
        // The list shows assigned interpreters' names and phone numbers.
        audit.viewed(VolunteerService.RECORD, shown.stream().map(InterpreterRequest::offerId)
                .filter(java.util.Objects::nonNull).toList(), officeId);
        return shown;
    }

    /**
     * Active volunteer interpreters serving the office, ranked for the booking's language and time; those
     * already interpreting at another booking at the same time are left out.
     */
    @Transactional(readOnly = true)
    public List<Candidate> suggestions(long officeId, long bookingId) {
        List<BookingDetails> asking = asking(officeId);
        BookingDetails booking = asking.stream().filter(b -> b.id() == bookingId).findFirst()
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        Set<Long> atTheSameTime = interpretings.findByBookingIdIn(asking.stream()
                .filter(b -> b.id() != bookingId && b.start().isBefore(booking.end()) && b.end().isAfter(booking.start()))
                .map(BookingDetails::id).toList()).stream().map(Interpreting::getOfferId).collect(Collectors.toSet());
        List<Candidate> shown = matching.rank(criteria(officeId, booking), officeId, atTheSameTime).stream()
                .limit(MatchingService.SUGGESTIONS).toList();
        audit.viewed(VolunteerService.RECORD, shown.stream().map(Candidate::offerId).toList(), officeId);
        return shown;
    }

    /** Assigns a volunteer interpreter to a booking (replacing an earlier assignment). */
    @Transactional
    public InterpreterRequest assign(long officeId, long bookingId, long offerId) {
        BookingDetails booking = asking(officeId).stream().filter(b -> b.id() == bookingId).findFirst()
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        VolunteerOffer offer = offers.findById(offerId).orElseThrow(() -> new UserFacingException("error.notFound"));
        boolean speaks = !VolunteerRules.isLanguageCode(booking.language()) || offer.toDetails().languages().stream()
                .anyMatch(l -> l.code().equals(booking.language()) && l.interprets());
        if (offer.getStatus() != VolunteerStatus.ACTIVE || !offer.getHelpTypes().contains(HelpType.INTERPRETING)
                || !speaks || !ServedArea.serves(offer.isWholeCity(), offer.getDistrictIds(), area.districtsOf(officeId))) {
            throw new UserFacingException("volunteer.error.notMatchable");
        }
        interpretings.findByBookingId(bookingId).ifPresent(earlier -> {
            interpretings.delete(earlier);
            interpretings.flush();
            events.publishEvent(new VolunteerEvents.InterpreterUnassigned(bookingId, earlier.getOfferId()));
        });
        interpretings.save(new Interpreting(bookingId, offerId, officeId, booking.language(), now()));
        offer.touch(now());
        events.publishEvent(new VolunteerEvents.InterpreterAssigned(bookingId, offerId, officeId, booking.language()));
        return new InterpreterRequest(booking, offer.getId(), offer.getReference(), offer.getName(), offer.getPhone());
    }

    @Transactional
    public void unassign(long officeId, long bookingId) {
        access.requireOffice(officeId);
        Interpreting assignment = interpretings.findByBookingId(bookingId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        if (asking(officeId).stream().noneMatch(b -> b.id() == bookingId)) {
            throw new UserFacingException("error.notFound");
        }
        interpretings.delete(assignment);
        events.publishEvent(new VolunteerEvents.InterpreterUnassigned(bookingId, assignment.getOfferId()));
    }

    /** The bookings of the coming weeks that asked for an interpreter and are still on. */
    private List<BookingDetails> asking(long officeId) {
        access.requireOffice(officeId);
        LocalDateTime now = now();
        return bookings.agenda(officeId, now.toLocalDate(), now.toLocalDate().plusDays(DAYS_AHEAD)).stream()
                .filter(b -> b.interpreter() && b.isActive() && b.end().isAfter(now)).toList();
    }

    private MatchCriteria criteria(long officeId, BookingDetails booking) {
        List<String> language = VolunteerRules.isLanguageCode(booking.language()) ? List.of(booking.language())
                : List.of();
        TimeSlot when = new TimeSlot(booking.start().getDayOfWeek(), PartOfDay.of(booking.start().toLocalTime()));
        return new MatchCriteria(HelpType.INTERPRETING, null, area.districtsOf(officeId), language, Set.of(when), false,
                booking.start().toLocalDate());
    }

    private LocalDateTime now() {
        return municipality.now(clock);
    }

    LocalDate today() {
        return now().toLocalDate();
    }
}
