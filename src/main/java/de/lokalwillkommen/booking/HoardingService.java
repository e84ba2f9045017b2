package de.lokalwillkommen.booking;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.audit.AuditLog;
import de.lokalwillkommen.base.security.OfficeAccess;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff see and do when someone may be hoarding an office's online places: the brake's notice, the
 * recent online bookings grouped by client key (a hashed address) and by device, and releasing a whole group in
 * one action.
 */
@Service
public class HoardingService {

    private final BookingRepository bookings;
    private final SlotRepository slots;
    private final OfficeHoldRepository holds;
    private final OnlineBookingGuard guard;
    private final BookingService bookingService;
    private final AbuseLimits limits;
    private final OfficeAccess access;
    private final AuditLog audit;
    private final MunicipalityProperties municipality;
    private final Clock clock;

    HoardingService(BookingRepository bookings, SlotRepository slots, OfficeHoldRepository holds,
            OnlineBookingGuard guard, BookingService bookingService, AbuseLimits limits, OfficeAccess access,
            AuditLog audit, MunicipalityProperties municipality, Clock clock) {
        this.bookings = bookings;
        this.slots = slots;
        this.holds = holds;
        this.guard = guard;
        this.bookingService = bookingService;
        this.limits = limits;
        this.access = access;
        this.audit = audit;
        this.municipality = municipality;
        this.clock = clock;
    }

    /** The brake's state for the agenda: whether it holds people back now, and what it held in the last day. */
    public record HoldNotice(boolean braking, @Nullable LocalDateTime since, @Nullable LocalDateTime lastHeld,
            int held) {
    }

    /** Recent online bookings that came from one client key or one device. */
    public record SuspectGroup(GroupKind kind, String key, List<Grouped> bookings) {

        public LocalDateTime firstMade() {
            return bookings.getFirst().madeAt();
        }

        public LocalDateTime lastMade() {
            return bookings.getLast().madeAt();
        }
    }

    /** A booking of a group and when it was made. */
    public record Grouped(BookingDetails booking, LocalDateTime madeAt) {
    }

    public enum GroupKind {
        /** The same IPv4 address or IPv6 /64 (stored as a keyed hash). */
        CLIENT,
        /** The same browser (device cookie). */
        DEVICE
    }

    @Transactional(readOnly = true)
    public HoldNotice hold(long officeId) {
        access.requireOffice(officeId);
        LocalDateTime now = now();
        boolean braking = guard.isBraking(officeId, now);
        return holds.findById(officeId).filter(h -> h.getLastAt().isAfter(now.minusDays(1)))
                .map(h -> new HoldNotice(braking, h.getSince(), h.getLastAt(), h.getHeld()))
                .orElseGet(() -> new HoldNotice(braking, null, null, 0));
    }

    /** Groups of at least {@link AbuseLimits#groupMinimum()} active online bookings from one client key or device. */
    @Transactional(readOnly = true)
    public List<SuspectGroup> suspectGroups(long officeId) {
        access.requireOffice(officeId);
        List<Booking> recent = bookings.activeOnlineSince(officeId, now().minus(limits.groupWindow()));
        List<SuspectGroup> groups = new ArrayList<>();
        groups.addAll(groupsBy(recent, GroupKind.CLIENT, Booking::getClientHash));
        groups.addAll(groupsBy(recent, GroupKind.DEVICE, Booking::getDeviceId));
        groups.sort(Comparator.comparing((SuspectGroup g) -> g.bookings().size()).reversed());
        audit.viewed(BookingService.AUDIT_TYPE, groups.stream().flatMap(g -> g.bookings().stream())
                .map(g -> g.booking().id()).distinct().toList(), officeId);
        return groups;
    }

    /**
     * Cancels every active online booking of the group made in the group window, with the reason staff gave (the
     * bookers are told, as for any cancellation by staff), and frees their places. Returns how many were released.
     */
    @Transactional
    public int release(long officeId, GroupKind kind, String key, String reason) {
        access.requireOffice(officeId);
        Function<Booking, @Nullable String> keyOf = kind == GroupKind.CLIENT ? Booking::getClientHash
                : Booking::getDeviceId;
        List<Booking> group = bookings.activeOnlineSince(officeId, now().minus(limits.groupWindow())).stream()
                .filter(b -> key.equals(keyOf.apply(b))).toList();
        // Each cancellation is audited and told to its booker like any cancellation by staff.
        group.forEach(b -> bookingService.cancelByStaff(b.getId(), reason));
        return group.size();
    }

    /** Staff looked at the bookings and let online booking go on: the brake engages again only on a new rush. */
    @Transactional
    public void endHold(long officeId) {
        access.requireOffice(officeId);
        holds.deleteById(officeId);
    }

    private List<SuspectGroup> groupsBy(List<Booking> recent, GroupKind kind, Function<Booking, @Nullable String> key) {
        Map<String, List<Booking>> byKey = new LinkedHashMap<>();
        for (Booking booking : recent) {
            String value = key.apply(booking);
            if (value != null) {
                byKey.computeIfAbsent(value, k -> new ArrayList<>()).add(booking);
            }
        }
        return byKey.entrySet().stream().filter(e -> e.getValue().size() >= limits.groupMinimum())
                .map(e -> new SuspectGroup(kind, e.getKey(), e.getValue().stream()
                        .map(b -> new Grouped(BookingService.details(b, slots.findById(b.getSlotId()).orElseThrow()),
                                b.getCreatedAt())).toList()))
                .toList();
    }

    private LocalDateTime now() {
        return municipality.now(clock);
    }
}
