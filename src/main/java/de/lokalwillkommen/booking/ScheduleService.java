package de.lokalwillkommen.booking;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.audit.AuditAction;
import de.lokalwillkommen.base.audit.AuditLog;
import de.lokalwillkommen.base.security.OfficeAccess;
import de.lokalwillkommen.office.OfficeService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff keep their office's consultation calendar here: rules, closures, settings, and cancelling a
 * single session. Every change re-plans the office's slots at once.
 */
@Service
public class ScheduleService {

    private final ScheduleRuleRepository rules;
    private final ClosureRepository closures;
    private final BookingSettingsRepository settings;
    private final SlotRepository slots;
    private final BookingRepository bookings;
    private final SlotMaterializer materializer;
    private final OfficeAccess access;
    private final ApplicationEventPublisher events;
    private final OfficeService offices;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final AuditLog audit;

    ScheduleService(ScheduleRuleRepository rules, ClosureRepository closures, BookingSettingsRepository settings,
            SlotRepository slots, BookingRepository bookings, SlotMaterializer materializer, OfficeAccess access,
            ApplicationEventPublisher events, OfficeService offices, MunicipalityProperties municipality, Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.rules = rules;
        this.closures = closures;
        this.settings = settings;
        this.slots = slots;
        this.bookings = bookings;
        this.materializer = materializer;
        this.access = access;
        this.events = events;
        this.offices = offices;
        this.municipality = municipality;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ScheduleRuleForm> rules(long officeId) {
        access.requireOffice(officeId);
        return rules.findByOfficeIdOrderByIdAsc(officeId).stream().map(ScheduleRule::toForm).toList();
    }

    /** Saves a rule and re-plans the slots; returns the booked sessions that no longer fit. */
    @Transactional
    public List<SessionView> saveRule(ScheduleRuleForm form) {
        access.requireOffice(form.getOfficeId());
        if (form.getValidFrom() == null) {
            form.setValidFrom(municipality.now(clock).toLocalDate());
        }
        if (!form.isValid() || !isVenueOf(form.getOfficeId(), form.getVenueId())) {
            throw new UserFacingException("validation.invalidForm");
        }
        ScheduleRule rule = form.getId() == null ? new ScheduleRule(form.getOfficeId())
                : rules.findById(form.getId()).filter(r -> r.getOfficeId() == form.getOfficeId())
                        .orElseThrow(() -> new UserFacingException("error.notFound"));
        if (form.getId() != null && rule.getVersion() != form.getVersion()) {
            throw new UserFacingException("error.changedMeanwhile");
        }
        rule.update(form);
        try {
            rules.saveAndFlush(rule);
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException("error.changedMeanwhile");
        }
        audit.changed(form.getId() == null ? AuditAction.CREATE : AuditAction.CHANGE, "schedule_rule", rule.getId(),
                form.getOfficeId(), null);
        return replan(form.getOfficeId());
    }

    @Transactional
    public List<SessionView> deleteRule(long officeId, long ruleId) {
        access.requireOffice(officeId);
        rules.findById(ruleId).filter(r -> r.getOfficeId() == officeId).ifPresent(rule -> {
            // Keep the rule's booked slots (they stay in the agenda); the rest goes with the rule.
            ScheduleRuleForm form = rule.toForm();
            form.setActive(false);
            rule.update(form);
        });
        List<SessionView> conflicts = replan(officeId);
        // Booked slots stay (the database sets their rule to null); the rule itself goes.
        rules.findById(ruleId).filter(r -> r.getOfficeId() == officeId).ifPresent(rule -> {
            rules.delete(rule);
            audit.changed(AuditAction.DELETE, "schedule_rule", ruleId, officeId, null);
        });
        return conflicts;
    }

    @Transactional(readOnly = true)
    public List<ClosureView> closures(long officeId) {
        access.requireOffice(officeId);
        return closures.findByOfficeIdAndToGreaterThanEqualOrderByFrom(officeId, today()).stream()
                .map(Closure::toView).toList();
    }

    @Transactional
    public List<SessionView> addClosure(long officeId, LocalDate from, LocalDate to, String reason) {
        access.requireOffice(officeId);
        if (to.isBefore(from) || reason.isBlank() || reason.length() > 200) {
            throw new UserFacingException("validation.invalidForm");
        }
        Closure closure = closures.save(new Closure(officeId, from, to, reason.strip()));
        audit.changed(AuditAction.CREATE, "closure", closure.toView().id(), officeId, from + " - " + to);
        return replan(officeId);
    }

    @Transactional
    public List<SessionView> removeClosure(long officeId, long closureId) {
        access.requireOffice(officeId);
        closures.findById(closureId).filter(c -> c.getOfficeId() == officeId).ifPresent(closure -> {
            closures.delete(closure);
            audit.changed(AuditAction.DELETE, "closure", closureId, officeId, null);
        });
        return replan(officeId);
    }

    @Transactional(readOnly = true)
    public OfficeBookingSettings settings(long officeId) {
        return settings.findById(officeId).orElseGet(() -> BookingSettings.defaults(officeId)).toRecord();
    }

    @Transactional
    public List<SessionView> saveSettings(OfficeBookingSettings changed) {
        access.requireOffice(changed.officeId());
        if (!changed.isValid()) {
            throw new UserFacingException("validation.invalidForm");
        }
        BookingSettings stored = settings.findById(changed.officeId())
                .orElseGet(() -> new BookingSettings(changed.officeId()));
        stored.update(changed);
        settings.save(stored);
        audit.changed(AuditAction.CHANGE, "booking_settings", changed.officeId(), changed.officeId(), null);
        return replan(changed.officeId());
    }

    /** The office's sessions (slots) between two days, for the schedule and the agenda. */
    @Transactional(readOnly = true)
    public List<SessionView> sessions(long officeId, LocalDate from, LocalDate toInclusive) {
        access.requireOffice(officeId);
        return slots.findByOfficeIdAndStartGreaterThanEqualAndStartLessThanOrderByStart(officeId, from.atStartOfDay(),
                toInclusive.plusDays(1).atStartOfDay()).stream().map(ScheduleService::view).toList();
    }

    /**
     * Cancels one slot of a session: nobody can book it any more and its bookings are cancelled. The
     * people booked are returned so staff can inform them (and notifications, once they exist, do).
     */
    @Transactional
    public List<BookingDetails> cancelSession(long officeId, long slotId, String reason) {
        access.requireOffice(officeId);
        if (reason.isBlank() || reason.length() > 300) {
            throw new UserFacingException("booking.error.reason");
        }
        Slot slot = slots.findById(slotId).filter(s -> s.getOfficeId() == officeId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        slot.cancel(reason.strip());
        LocalDateTime now = municipality.now(clock);
        List<Booking> affected = bookings.findBySlotIdAndStatus(slotId, BookingStatus.BOOKED);
        affected.forEach(b -> b.cancel(reason.strip(), now));
        audit.changed(AuditAction.CANCEL, "slot", slotId, officeId, affected.size() + " bookings");
        audit.changedAll(AuditAction.CANCEL, BookingService.AUDIT_TYPE, affected.stream().map(Booking::getId).toList(),
                officeId, "session cancelled");
        events.publishEvent(new BookingEvents.SessionCancelled(slotId, officeId, slot.getStart(),
                affected.stream().map(Booking::getId).toList(), reason.strip()));
        return affected.stream().map(b -> BookingService.details(b, slot)).toList();
    }

    /** Re-plans every office's slots each night, so the horizon moves on with the calendar. */
    @Scheduled(cron = "${lw.booking.replan-cron:0 15 2 * * *}", zone = "${lw.municipality.zone:Europe/Berlin}")
    @SchedulerLock(name = "booking-replan", lockAtMostFor = "PT30M", lockAtLeastFor = "${lw.jobs.lock-at-least-for:PT1M}")
    @Transactional
    public void replanAll() {
        rules.findByActiveTrue().stream().map(ScheduleRule::getOfficeId).distinct().forEach(this::replan);
    }

    List<SessionView> replan(long officeId) {
        BookingSettings officeSettings = settings.findById(officeId).orElseGet(() -> BookingSettings.defaults(officeId));
        List<SessionView> conflicts = materializer.materialise(officeId, officeSettings).stream()
                .map(ScheduleService::view).toList();
        events.publishEvent(new BookingEvents.PlacesAdded(officeId));
        return conflicts;
    }

    /** Sessions take place in the office itself (no venue) or at one of its own partner venues. */
    private boolean isVenueOf(long officeId, @Nullable Long venueId) {
        return venueId == null || offices.venuesOf(officeId).stream().anyMatch(v -> v.id() == venueId);
    }

    private LocalDate today() {
        return municipality.now(clock).toLocalDate();
    }

    static SessionView view(Slot slot) {
        return new SessionView(slot.getId(), slot.getOfficeId(), slot.getStart(), slot.getEnd(), slot.getVenueId(),
                slot.languageList(), slot.getCapacity(), slot.getOnlineCapacity(), slot.getBooked(), slot.isCancelled());
    }
}
