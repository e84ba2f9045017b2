package de.lokalwillkommen.booking;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.audit.AuditAction;
import de.lokalwillkommen.base.audit.AuditLog;
import de.lokalwillkommen.base.client.ClientKey;
import de.lokalwillkommen.base.client.ClientKeys;
import de.lokalwillkommen.base.client.ContactKeys;
import de.lokalwillkommen.base.security.OfficeAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking a consultation, by a newcomer without an account or by staff on someone's behalf, and
 * what a booking's owner can do with the personal link: view, move, cancel.
 *
 * <p>A place is taken by one conditional update of the slot's counter in the same transaction that
 * inserts the booking; if the update changes no row the time is gone, and the caller gets the next free
 * times instead. The idempotency key is unique in the database: a retried request returns the first booking.
 */
@Service
public class BookingService {

    /** The record type of bookings in the audit log. */
    public static final String AUDIT_TYPE = "booking";

    /** How many alternatives to offer when a time was just taken. */
    static final int ALTERNATIVES = 6;

    private final SlotRepository slots;
    private final BookingRepository bookings;
    private final BookingSettingsRepository settings;
    private final BookingCodes codes;
    private final AttemptLimiter limiter;
    private final OfficeAccess access;
    private final ApplicationEventPublisher events;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final ClientKeys clientKeys;
    private final ContactKeys contactKeys;
    private final OnlineBookingGuard guard;

    BookingService(SlotRepository slots, BookingRepository bookings, BookingSettingsRepository settings,
            BookingCodes codes, AttemptLimiter limiter, OfficeAccess access, ApplicationEventPublisher events,
            MunicipalityProperties municipality, Clock clock, PlatformTransactionManager transactions, AuditLog audit,
            ClientKeys clientKeys, ContactKeys contactKeys, OnlineBookingGuard guard) {
        this.audit = audit;
        this.clientKeys = clientKeys;
        this.contactKeys = contactKeys;
        this.guard = guard;
        this.slots = slots;
        this.bookings = bookings;
        this.settings = settings;
        this.codes = codes;
        this.limiter = limiter;
        this.access = access;
        this.events = events;
        this.municipality = municipality;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The next free times of an office for self-service, earliest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<FreeSlot> freeSlots(long officeId, int limit) {
        BookingSettings office = settingsOf(officeId);
        LocalDateTime earliest = earliestBookable(office);
        LocalDateTime until = now().toLocalDate().plusDays(office.horizonDays() + 1L).atStartOfDay();
        return slots.freeOnline(officeId, earliest, until, Limit.of(limit)).stream()
                .map(s -> free(s, s.getOnlineCapacity())).toList();
    }

    /** Free times staff can book on someone's behalf: the walk-in share and short notice are theirs to use. */
    @Transactional(readOnly = true)
    public List<FreeSlot> freeSlotsForStaff(long officeId, LocalDate from, int limit) {
        access.requireOffice(officeId);
        LocalDateTime start = from.atStartOfDay().isBefore(now()) ? now() : from.atStartOfDay();
        return slots.freeForStaff(officeId, start, start.plusDays(90), Limit.of(limit)).stream()
                .map(s -> free(s, s.getCapacity())).toList();
    }

    /**
     * Whether a booking from this client address into this office should cost the raised proof of work: the
     * office's brake is on, or the client has used half of its attempts.
     */
    public boolean unusualLoad(long officeId, @Nullable String clientAddress) {
        ClientKey client = clientKeys.of(clientAddress);
        return (client != null && limiter.isBusy(client))
                || Boolean.TRUE.equals(transaction.execute(status -> guard.isBraking(officeId, now())));
    }

    /** Books a time for a newcomer. Refusals are {@link UserFacingException}s with a translation key. */
    public BookingDetails book(BookingRequest request) {
        ClientKey client = clientKeys.of(request.clientKey());
        if (client != null && !limiter.tryAcquire(client)) {
            throw new UserFacingException("booking.error.tooManyAttempts");
        }
        String problem = BookingRules.problemWith(request, true);
        if (problem != null) {
            throw new UserFacingException(problem);
        }
        Optional<BookingDetails> earlier = byIdempotencyKey(request.idempotencyKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Booking.Contact contact = contactOf(request, client);
        long officeId = transaction.execute(status -> slots.findById(request.slotId()).map(Slot::getOfficeId))
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        if (client != null) {
            // Every web request has a client; calls without one come from the server itself (jobs, tests).
            guard.check(officeId, contact, client, now());
        }
        return bookIdempotently(request, contact, Channel.SELF);
    }

    private Booking.Contact contactOf(BookingRequest request, @Nullable ClientKey client) {
        return new Booking.Contact(contactKeys.phone(request.phone()), ContactKeys.email(request.email()),
                client == null ? null : clientKeys.hash(client));
    }

    /** Books a time for someone who called or came in; staff may use the walk-in share. */
    public BookingDetails bookOnBehalf(long officeId, BookingRequest request) {
        access.requireOffice(officeId);
        String problem = BookingRules.problemWith(request, false);
        if (problem != null) {
            throw new UserFacingException(problem);
        }
        Slot slot = slots.findById(request.slotId()).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (slot.getOfficeId() != officeId) {
            throw new UserFacingException("error.notFound");
        }
        return bookIdempotently(request, contactOf(request, null), Channel.STAFF);
    }

    private BookingDetails bookIdempotently(BookingRequest request, Booking.Contact contact, Channel channel) {
        Optional<BookingDetails> earlier = byIdempotencyKey(request.idempotencyKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return transaction.execute(status -> bookInTransaction(request, contact, channel));
        } catch (DataIntegrityViolationException duplicate) {
            // The same request raced itself (double tap): the first one won and holds the place.
            return byIdempotencyKey(request.idempotencyKey()).orElseThrow(() -> duplicate);
        }
    }

    private BookingDetails bookInTransaction(BookingRequest request, Booking.Contact contact, Channel channel) {
        Slot slot = slots.findById(request.slotId()).orElseThrow(() -> new UserFacingException("error.notFound"));
        LocalDateTime now = now();
        if (channel == Channel.SELF) {
            checkLimits(request, contact, now);
        }
        BookingSettings office = settingsOf(slot.getOfficeId());
        LocalDateTime earliest = channel == Channel.STAFF ? now : earliestBookable(office);
        if (slots.takePlace(slot.getId(), earliest, channel == Channel.STAFF) == 0) {
            throw new SlotTakenException(alternatives(slot.getOfficeId(), channel));
        }
        Booking booking = bookings.saveAndFlush(new Booking(slot.getId(), slot.getOfficeId(), uniqueCode(),
                codes.manageToken(), request, contact, channel, now));
        events.publishEvent(new BookingEvents.BookingConfirmed(booking.getId(), slot.getOfficeId(), slot.getStart(),
                booking.getLanguage(), channel));
        audit.changed(AuditAction.CREATE, AUDIT_TYPE, booking.getId(), slot.getOfficeId(), "channel " + channel);
        return details(booking, slot);
    }

    private void checkLimits(BookingRequest request, Booking.Contact contact, LocalDateTime now) {
        String phone = contact.phone();
        String email = contact.emailKey();
        int max = BookingRules.ACTIVE_BOOKINGS_PER_CONTACT;
        if ((phone != null && bookings.activeByPhone(phone, now) >= max)
                || (email != null && bookings.activeByEmail(email, now) >= max)
                || (request.deviceId() != null && bookings.activeByDevice(request.deviceId(), now) >= max)) {
            throw new UserFacingException("booking.error.tooManyBookings", max);
        }
    }

    /** The booking behind a personal link, for its owner. Unknown tokens say so; they never reveal more. */
    @Transactional(readOnly = true)
    public Optional<BookingDetails> findByToken(String token) {
        return bookings.findByManageToken(token).map(b -> details(b, slots.findById(b.getSlotId()).orElseThrow()));
    }

    /** The owner cancels through the personal link (a confirmed click, never a plain GET). */
    @Transactional
    public BookingDetails cancelByToken(String token) {
        Booking booking = bookings.findByManageToken(token).orElseThrow(() -> new UserFacingException("booking.error.link"));
        Slot slot = slots.findById(booking.getSlotId()).orElseThrow();
        if (!booking.isActive() || slot.getStart().isBefore(now())) {
            throw new UserFacingException("booking.error.notActive");
        }
        return cancel(booking, slot, null, false);
    }

    /** The owner moves the booking to another free time of the same office. */
    @Transactional
    public BookingDetails moveByToken(String token, long newSlotId) {
        Booking booking = bookings.findByManageToken(token).orElseThrow(() -> new UserFacingException("booking.error.link"));
        return move(booking, newSlotId, Channel.SELF);
    }

    // ---- the system's own notices (mails to the booker) ----

    /**
     * A booking for a mail to its owner. No staff access check and no audit entry: only the system's notices
     * (the notification feature) call this, never a view.
     */
    @Transactional(readOnly = true)
    public Optional<BookingDetails> forNotice(long bookingId) {
        return bookings.findById(bookingId).map(b -> details(b, slots.findById(b.getSlotId()).orElseThrow()));
    }

    /**
     * Active bookings with an e-mail address whose consultation starts within {@code lead} from {@code now} and
     * that were made at least {@code lead} before it (a booking made the evening before has just had its
     * confirmation and needs no reminder).
     */
    @Transactional(readOnly = true)
    public List<BookingDetails> dueForReminder(LocalDateTime now, java.time.Duration lead) {
        List<BookingDetails> due = new java.util.ArrayList<>();
        for (Booking booking : bookings.activeWithEmailStartingBetween(now, now.plus(lead))) {
            Slot slot = slots.findById(booking.getSlotId()).orElseThrow();
            if (!booking.getCreatedAt().isAfter(slot.getStart().minus(lead))) {
                due.add(details(booking, slot));
            }
        }
        return due;
    }

    // ---- staff ----

    /** The office's bookings whose time lies in [from, to], in time order, for the agenda. */
    @Transactional(readOnly = true)
    public List<BookingDetails> agenda(long officeId, LocalDate from, LocalDate toInclusive) {
        access.requireOffice(officeId);
        List<Slot> range = slots.findByOfficeIdAndStartGreaterThanEqualAndStartLessThanOrderByStart(officeId,
                from.atStartOfDay(), toInclusive.plusDays(1).atStartOfDay());
        Map<Long, Slot> byId = range.stream().collect(Collectors.toMap(Slot::getId, Function.identity()));
        List<BookingDetails> shown = bookings.findBySlotIdInOrderBySlotId(byId.keySet()).stream()
                .map(b -> details(b, byId.get(b.getSlotId())))
                .sorted(java.util.Comparator.comparing(BookingDetails::start).thenComparing(BookingDetails::id))
                .toList();
        audit.viewed(AUDIT_TYPE, shown.stream().filter(BookingService::hasPersonalData).map(BookingDetails::id)
                .toList(), officeId);
        return shown;
    }

    @Transactional
    public BookingDetails markAttended(long bookingId) {
        return mark(bookingId, BookingStatus.ATTENDED);
    }

    @Transactional
    public BookingDetails markNoShow(long bookingId) {
        return mark(bookingId, BookingStatus.NO_SHOW);
    }

    @Transactional
    public BookingDetails cancelByStaff(long bookingId, String reason) {
        Booking booking = staffBooking(bookingId);
        if (reason.isBlank() || reason.length() > 300) {
            throw new UserFacingException("booking.error.reason");
        }
        if (!booking.isActive()) {
            throw new UserFacingException("booking.error.notActive");
        }
        return cancel(booking, slots.findById(booking.getSlotId()).orElseThrow(), reason.strip(), true);
    }

    @Transactional
    public BookingDetails moveByStaff(long bookingId, long newSlotId) {
        return move(staffBooking(bookingId), newSlotId, Channel.STAFF);
    }

    private BookingDetails mark(long bookingId, BookingStatus status) {
        Booking booking = staffBooking(bookingId);
        if (booking.getStatus() == BookingStatus.CANCELLED) {
            throw new UserFacingException("booking.error.notActive");
        }
        Slot slot = slots.findById(booking.getSlotId()).orElseThrow();
        if (!BookingRules.outcomeCanBeRecorded(booking.getStatus(), slot.getStart(), now())) {
            throw new UserFacingException("booking.error.notStarted");
        }
        booking.mark(status, now());
        audit.changed(AuditAction.CHANGE, AUDIT_TYPE, bookingId, booking.getOfficeId(), "status " + status);
        return details(booking, slot);
    }

    private Booking staffBooking(long bookingId) {
        Booking booking = bookings.findById(bookingId).orElseThrow(() -> new UserFacingException("error.notFound"));
        access.requireOffice(booking.getOfficeId());
        return booking;
    }

    private BookingDetails cancel(Booking booking, Slot slot, @Nullable String reason, boolean byStaff) {
        booking.cancel(reason, now());
        slots.releasePlace(slot.getId());
        audit.changed(AuditAction.CANCEL, AUDIT_TYPE, booking.getId(), booking.getOfficeId(),
                byStaff ? "by staff" : "by the booker");
        events.publishEvent(new BookingEvents.BookingCancelled(booking.getId(), booking.getOfficeId(), slot.getStart(),
                byStaff));
        return details(booking, slot);
    }

    private BookingDetails move(Booking booking, long newSlotId, Channel channel) {
        Slot from = slots.findById(booking.getSlotId()).orElseThrow();
        if (!booking.isActive() || (channel == Channel.SELF && from.getStart().isBefore(now()))) {
            throw new UserFacingException("booking.error.notActive");
        }
        Slot to = slots.findById(newSlotId).filter(s -> s.getOfficeId() == booking.getOfficeId())
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        if (to.getId().equals(from.getId())) {
            return details(booking, from);
        }
        LocalDateTime earliest = channel == Channel.STAFF ? now() : earliestBookable(settingsOf(to.getOfficeId()));
        if (slots.takePlace(to.getId(), earliest, channel == Channel.STAFF) == 0) {
            throw new SlotTakenException(alternatives(to.getOfficeId(), channel));
        }
        slots.releasePlace(from.getId());
        Booking moved = bookings.findById(booking.getId()).orElseThrow();
        moved.moveTo(to.getId(), now());
        audit.changed(AuditAction.MOVE, AUDIT_TYPE, moved.getId(), moved.getOfficeId(),
                "slot " + from.getId() + " -> " + to.getId());
        events.publishEvent(new BookingEvents.BookingMoved(moved.getId(), moved.getOfficeId(), from.getStart(),
                to.getStart(), channel == Channel.STAFF));
        return details(moved, to);
    }

    private List<FreeSlot> alternatives(long officeId, Channel channel) {
        LocalDateTime now = now();
        BookingSettings office = settingsOf(officeId);
        LocalDateTime until = now.toLocalDate().plusDays(office.horizonDays() + 1L).atStartOfDay();
        return channel == Channel.STAFF
                ? slots.freeForStaff(officeId, now, until, Limit.of(ALTERNATIVES)).stream()
                        .map(s -> free(s, s.getCapacity())).toList()
                : slots.freeOnline(officeId, earliestBookable(office), until, Limit.of(ALTERNATIVES)).stream()
                        .map(s -> free(s, s.getOnlineCapacity())).toList();
    }

    private Optional<BookingDetails> byIdempotencyKey(@Nullable String key) {
        if (key == null) {
            return Optional.empty();
        }
        return transaction.execute(status -> bookings.findByIdempotencyKey(key)
                .map(b -> details(b, slots.findById(b.getSlotId()).orElseThrow())));
    }

    private String uniqueCode() {
        String code = codes.code();
        while (bookings.existsByCode(code)) {
            code = codes.code();
        }
        return code;
    }

    private BookingSettings settingsOf(long officeId) {
        return settings.findById(officeId).orElseGet(() -> BookingSettings.defaults(officeId));
    }

    private LocalDateTime earliestBookable(BookingSettings office) {
        return municipality.inMinutes(clock, office.leadMinutes());
    }

    private LocalDateTime now() {
        return municipality.now(clock);
    }

    static boolean hasPersonalData(BookingDetails booking) {
        return booking.name() != null || booking.phone() != null || booking.email() != null || booking.note() != null;
    }

    private static FreeSlot free(Slot slot, int usableCapacity) {
        return new FreeSlot(slot.getId(), slot.getOfficeId(), slot.getStart(), slot.getEnd(), slot.getVenueId(),
                slot.languageList(), Math.max(0, usableCapacity - slot.getBooked()));
    }

    static BookingDetails details(Booking b, Slot slot) {
        return new BookingDetails(b.getId(), b.getCode(), b.getManageToken(), b.getOfficeId(), slot.getId(),
                slot.getStart(), slot.getEnd(), slot.getVenueId(), b.getTopic(), b.getLanguage(), b.isInterpreter(),
                b.getPersons(), b.getName(), b.getPhone(), b.getEmail(), b.getNote(), b.getStatus(), b.getChannel(),
                b.getCancelReason());
    }
}
