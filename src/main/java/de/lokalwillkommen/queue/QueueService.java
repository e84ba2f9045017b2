package de.lokalwillkommen.queue;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.client.ClientKey;
import de.lokalwillkommen.base.client.ClientKeys;
import de.lokalwillkommen.base.security.OfficeAccess;
import de.lokalwillkommen.booking.Appointment;
import de.lokalwillkommen.booking.DaySession;
import de.lokalwillkommen.booking.SessionDays;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The walk-in queue: numbers taken on phones or handed out by staff, check-ins of people who booked, and what staff do
 * with them. Every change of a number's status is one conditional update, so "call next" pressed by two staff at once
 * calls two different people.
 */
@Service
public class QueueService {

    /** Candidates "call next" tries before giving up: more than two staff ever press at the same moment. */
    private static final int CALL_CANDIDATES = 8;
    private static final int CODE_ATTEMPTS = 5;

    private final QueueSessionRepository sessions;
    private final QueueTicketRepository tickets;
    private final SessionDays schedule;
    private final QueueCodes codes;
    private final QueueFloodGuard flood;
    private final ClientKeys clientKeys;
    private final OfficeAccess access;
    private final QueueProperties properties;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    QueueService(QueueSessionRepository sessions, QueueTicketRepository tickets, SessionDays schedule,
            QueueCodes codes, QueueFloodGuard flood, ClientKeys clientKeys, OfficeAccess access,
            QueueProperties properties, MunicipalityProperties municipality, Clock clock,
            ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.tickets = tickets;
        this.schedule = schedule;
        this.codes = codes;
        this.flood = flood;
        this.clientKeys = clientKeys;
        this.access = access;
        this.properties = properties;
        this.municipality = municipality;
        this.clock = clock;
        this.events = events;
    }

    // --- staff ---------------------------------------------------------------------------------------------------

    /** The queues of an office's sessions of a day, created on first sight so their short links can be printed. */
    @Transactional
    public List<QueueSessionRef> sessionsOn(long officeId, LocalDate day) {
        access.requireOffice(officeId);
        return schedule.on(officeId, day).stream().map(this::queueOf).toList();
    }

    /** One session's queue (created if needed), for its poster and staff view. */
    @Transactional
    public QueueSessionRef session(long officeId, @Nullable Long venueId, LocalDate day) {
        access.requireOffice(officeId);
        return queueOf(schedule.at(officeId, venueId, day)
                .orElseThrow(() -> new UserFacingException("queue.noSession")));
    }

    /** A session's queue by id, for its poster. */
    @Transactional(readOnly = true)
    public QueueSessionRef sessionRef(long sessionId) {
        return requireStaffOf(sessionId).toRef();
    }

    /** The session's numbers in queue order, every status, for the staff view. */
    @Transactional(readOnly = true)
    public List<QueueEntry> queue(long sessionId) {
        requireStaffOf(sessionId);
        return tickets.findBySessionIdOrderBySortAtAscIdAsc(sessionId).stream().map(QueueTicket::toEntry).toList();
    }

    /** A number for someone without a phone: one tap, no limit, no device. */
    @Transactional
    public QueueEntry handOut(long sessionId, QueueNeeds needs) {
        QueueSession session = requireStaffOf(sessionId);
        LocalDateTime now = municipality.now(clock);
        return insert(session, null, now, now, checked(needs), null, null, true).toEntry();
    }

    /**
     * Calls the first waiting number. Each candidate is claimed by a conditional update; a candidate another staff
     * member claimed a moment earlier yields 0 rows and the next one is tried.
     */
    @Transactional
    public Optional<QueueEntry> callNext(long sessionId) {
        QueueSession session = requireStaffOf(sessionId);
        LocalDateTime now = municipality.now(clock);
        for (int round = 0; round < 3; round++) {
            List<Long> candidates = tickets.waitingIds(sessionId, Limit.of(CALL_CANDIDATES));
            if (candidates.isEmpty()) {
                return Optional.empty();
            }
            for (long id : candidates) {
                if (tickets.move(sessionId, id, QueueStatus.WAITING.name(), QueueStatus.CALLED.name(), now) == 1) {
                    QueueTicket called = tickets.findById(id).orElseThrow();
                    events.publishEvent(new QueueEvents.Called(id, called.getToken(), session.getCode(),
                            called.toEntry().number(), called.toEntry().needs().language()));
                    return Optional.of(called.toEntry());
                }
            }
        }
        return Optional.empty();
    }

    @Transactional
    public void served(long sessionId, long ticketId) {
        move(sessionId, ticketId, QueueStatus.CALLED, QueueStatus.SERVED);
    }

    /** Called but not here: the number stays on the list, and staff can put it back when the person returns. */
    @Transactional
    public void notHere(long sessionId, long ticketId) {
        move(sessionId, ticketId, QueueStatus.CALLED, QueueStatus.SKIPPED);
    }

    /** The skipped person is back: waiting again at the place of their number. */
    @Transactional
    public void returned(long sessionId, long ticketId) {
        move(sessionId, ticketId, QueueStatus.SKIPPED, QueueStatus.WAITING);
    }

    // --- public --------------------------------------------------------------------------------------------------

    /** What the short link shows; empty for a code nobody gave out. */
    @Transactional(readOnly = true)
    public Optional<PublicQueue> publicQueue(String code) {
        return sessions.findByCode(QueueCodes.normalise(code)).map(session -> {
            Optional<DaySession> day = schedule.at(session.getOfficeId(), session.getVenueId(), session.getDay());
            List<QueueTicket> all = tickets.findBySessionIdOrderBySortAtAscIdAsc(session.getId());
            int waiting = (int) all.stream().filter(t -> t.getStatus() == QueueStatus.WAITING).count();
            List<Integer> called = all.stream().map(QueueTicket::toEntry)
                    .filter(e -> e.status() == QueueStatus.CALLED && e.calledAt() != null)
                    .sorted((a, b) -> b.calledAt().compareTo(a.calledAt())).map(QueueEntry::number).toList();
            return new PublicQueue(session.toRef(), day.map(DaySession::start).orElse(null),
                    day.map(DaySession::end).orElse(null), day.isPresent() && isOpen(day.get()), waiting, called);
        });
    }

    /**
     * A number for the phone with this device cookie. A device that already holds an active number of the session
     * gets that one back instead of a second; a closed session is refused with the next session's date.
     */
    @Transactional
    public TicketState take(String code, QueueNeeds needs, String deviceToken, @Nullable String clientAddress) {
        QueueSession session = openSession(code);
        String device = QueueCodes.deviceHash(deviceToken);
        Optional<QueueTicket> held = tickets.activeOfDevice(session.getId(), device).stream().findFirst();
        if (held.isPresent()) {
            return state(held.get());
        }
        requireWithinFloodLimit(clientAddress);
        LocalDateTime now = municipality.now(clock);
        return state(insert(session, device, now, now, checked(needs), null, null, false));
    }

    /**
     * Someone who booked checks in with the code of the booking: placed by the appointment time if they come no
     * later than the grace after it, else by the check-in. Checking in twice returns the same number.
     */
    @Transactional
    public TicketState checkIn(String code, String bookingCode, String deviceToken, @Nullable String clientAddress) {
        QueueSession session = openSession(code);
        requireWithinFloodLimit(clientAddress); // also slows down guessing of booking codes
        Appointment appointment = schedule.appointment(session.getOfficeId(), session.getDay(), bookingCode)
                .orElseThrow(() -> new UserFacingException("queue.checkIn.unknown"));
        Optional<QueueTicket> before = tickets.ofBooking(session.getId(), appointment.bookingId()).stream().findFirst();
        if (before.isPresent()) {
            return state(before.get());
        }
        LocalDateTime now = municipality.now(clock);
        LocalDateTime sortAt = now.isAfter(appointment.start().plus(properties.checkInGrace())) ? now
                : appointment.start();
        return state(insert(session, QueueCodes.deviceHash(deviceToken), sortAt, now,
                new QueueNeeds(appointment.language(), appointment.interpreter(), appointment.topic()),
                appointment.bookingId(), appointment.start(), false));
    }

    /** The number as its phone shows it; empty once the day's numbers were deleted. */
    @Transactional(readOnly = true)
    public Optional<TicketState> ticket(String token) {
        return tickets.findByToken(token).map(this::state);
    }

    /** The number's id, for its push subscription; the token is the caller's proof of holding it. */
    @Transactional(readOnly = true)
    public long ticketId(String token) {
        return tickets.findByToken(token).map(QueueTicket::getId)
                .orElseThrow(() -> new UserFacingException("queue.ticket.unknown"));
    }

    /** The active number this device holds in the session, if any: the short link then shows it again. */
    @Transactional(readOnly = true)
    public Optional<TicketState> heldBy(String code, String deviceToken) {
        return sessions.findByCode(QueueCodes.normalise(code)).flatMap(session -> tickets
                .activeOfDevice(session.getId(), QueueCodes.deviceHash(deviceToken)).stream().findFirst())
                .map(this::state);
    }

    /** The visitor gives up their number (counted as "left before being called"). */
    @Transactional
    public void leave(String token) {
        tickets.findByToken(token).ifPresent(t -> {
            if (tickets.move(t.getSessionId(), t.getId(), QueueStatus.WAITING.name(), QueueStatus.LEFT.name(),
                    municipality.now(clock)) == 0) {
                tickets.move(t.getSessionId(), t.getId(), QueueStatus.SKIPPED.name(), QueueStatus.LEFT.name(),
                        municipality.now(clock));
            }
        });
    }

    // --- rules ---------------------------------------------------------------------------------------------------

    private QueueSessionRef queueOf(DaySession day) {
        long venueKey = day.venueId() == null ? 0 : day.venueId();
        return sessions.findByOfficeIdAndVenueKeyAndDay(day.officeId(), venueKey, day.day())
                .orElseGet(() -> create(day)).toRef();
    }

    private QueueSession create(DaySession day) {
        for (int attempt = 0; ; attempt++) {
            String code = codes.sessionCode();
            if (!sessions.existsByCode(code)) {
                try {
                    return sessions.saveAndFlush(new QueueSession(day.officeId(), day.venueId(), day.day(), code,
                            municipality.now(clock)));
                } catch (DataIntegrityViolationException taken) {
                    if (attempt >= CODE_ATTEMPTS) {
                        throw taken;
                    }
                }
            }
        }
    }

    private QueueSession openSession(String code) {
        QueueSession session = sessions.findByCode(QueueCodes.normalise(code))
                .orElseThrow(() -> new UserFacingException("queue.unknown"));
        Optional<DaySession> day = schedule.at(session.getOfficeId(), session.getVenueId(), session.getDay());
        if (day.isEmpty() || !isOpen(day.get())) {
            LocalDateTime now = municipality.now(clock);
            Optional<DaySession> next = day.filter(d -> d.start().isAfter(now))
                    .or(() -> schedule.next(session.getOfficeId(), session.getVenueId(), now));
            throw new QueueClosedException(next.map(DaySession::start).orElse(null),
                    next.map(DaySession::end).orElse(null));
        }
        return session;
    }

    private boolean isOpen(DaySession day) {
        LocalDateTime now = municipality.now(clock);
        return !now.isBefore(day.start().minus(properties.opensBefore())) && now.isBefore(day.end());
    }

    private void requireWithinFloodLimit(@Nullable String clientAddress) {
        ClientKey client = clientKeys.of(clientAddress);
        if (client != null && !flood.tryAcquire(client)) {
            throw new UserFacingException("queue.tooMany");
        }
    }

    private QueueTicket insert(QueueSession session, @Nullable String device, LocalDateTime sortAt,
            LocalDateTime takenAt, QueueNeeds needs, @Nullable Long bookingId, @Nullable LocalDateTime appointmentAt,
            boolean byStaff) {
        sessions.drawNumber(session.getId()); // locks the session's row until commit
        if (device != null) {
            // a second tap of the same phone waited for the lock above: it finds the first one's number now
            Optional<QueueTicket> held = tickets.activeOfDevice(session.getId(), device).stream().findFirst();
            if (held.isPresent()) {
                return held.get();
            }
        }
        int number = sessions.lastNumber(session.getId());
        return tickets.saveAndFlush(new QueueTicket(session.getId(), number, codes.token(), device, sortAt, takenAt,
                needs, bookingId, appointmentAt, byStaff));
    }

    private TicketState state(QueueTicket ticket) {
        QueueSession session = sessions.findById(ticket.getSessionId()).orElseThrow();
        int ahead = ticket.getStatus() == QueueStatus.WAITING
                ? tickets.waitingAhead(ticket.getSessionId(), ticket.getSortAt(), ticket.getId()) : 0;
        List<Duration> recent = tickets.recentlyServed(ticket.getSessionId(), Limit.of(QueueEstimate.RECENT)).stream()
                .map(QueueTicket::serviceTime).toList();
        Duration service = QueueEstimate.serviceTime(recent, properties.defaultService());
        return new TicketState(ticket.getToken(), session.getCode(), ticket.toEntry().number(), ticket.getStatus(),
                ahead, QueueEstimate.waitMinutes(ahead, service));
    }

    private static QueueNeeds checked(QueueNeeds needs) {
        String language = needs.language();
        if (language != null && (language.isBlank() || language.length() > 10 || !language.matches("[a-zA-Z-]+"))) {
            throw new UserFacingException("validation.invalidForm");
        }
        return needs;
    }

    private void move(long sessionId, long ticketId, QueueStatus from, QueueStatus to) {
        requireStaffOf(sessionId);
        if (tickets.move(sessionId, ticketId, from.name(), to.name(), municipality.now(clock)) == 0) {
            throw new UserFacingException("queue.changedMeanwhile");
        }
    }

    private QueueSession requireStaffOf(long sessionId) {
        QueueSession session = sessions.findById(sessionId).orElseThrow(() -> new UserFacingException("queue.unknown"));
        access.requireOffice(session.getOfficeId());
        return session;
    }
}
