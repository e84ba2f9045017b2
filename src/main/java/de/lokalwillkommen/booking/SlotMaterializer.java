package de.lokalwillkommen.booking;

import de.lokalwillkommen.base.MunicipalityProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Keeps the slots of an office in line with its rules, closures and the public holidays, from today
 * to the end of its booking horizon. Slots that hold bookings are never removed: if their day is
 * closed or their rule changed, they are reported so that staff can cancel the session and inform people.
 */
@Component
class SlotMaterializer {

    /** The cancel reason of a slot the schedule no longer holds; staff see it as cancelled. */
    static final String RETIRED = "schedule changed";

    private final ScheduleRuleRepository rules;
    private final ClosureRepository closures;
    private final SlotRepository slots;
    private final HolidayCalendar holidays;
    private final MunicipalityProperties municipality;
    private final Clock clock;

    SlotMaterializer(ScheduleRuleRepository rules, ClosureRepository closures, SlotRepository slots,
            HolidayCalendar holidays, MunicipalityProperties municipality, Clock clock) {
        this.rules = rules;
        this.closures = closures;
        this.slots = slots;
        this.holidays = holidays;
        this.municipality = municipality;
        this.clock = clock;
    }

    /** Must run inside a transaction. Returns the booked slots that no longer fit the schedule. */
    List<Slot> materialise(long officeId, BookingSettings settings) {
        LocalDateTime now = municipality.now(clock);
        LocalDate today = now.toLocalDate();
        LocalDate last = today.plusDays(settings.horizonDays());
        List<Closure> officeClosures = closures.findByOfficeIdAndToGreaterThanEqualOrderByFrom(officeId, today);
        Predicate<LocalDate> closed = day -> holidays.holiday(day).isPresent()
                || officeClosures.stream().anyMatch(c -> c.covers(day));

        Map<Long, Map<LocalDateTime, Slot>> existingByRule = new HashMap<>();
        List<Slot> future = slots.findByOfficeIdAndStartGreaterThanEqual(officeId, now);
        for (Slot slot : future) {
            if (slot.getRuleId() != null) {
                existingByRule.computeIfAbsent(slot.getRuleId(), id -> new HashMap<>()).put(slot.getStart(), slot);
            }
        }
        Set<Long> keep = new HashSet<>();
        List<Slot> created = new ArrayList<>();
        for (ScheduleRule rule : rules.findByOfficeIdOrderByIdAsc(officeId)) {
            if (!rule.isActive()) {
                continue;
            }
            Map<LocalDateTime, Slot> existing = existingByRule.getOrDefault(rule.getId(), Map.of());
            for (RulePlan.PlannedSlot planned : rule.plan().slotsBetween(today, last, closed)) {
                if (planned.start().isBefore(now)) {
                    continue;
                }
                Slot slot = existing.get(planned.start());
                if (slot != null) {
                    keep.add(slot.getId());
                    slot.reshape(rule.getCapacity(), settings.onlineCapacity(rule.getCapacity()), rule.getVenueId(),
                            rule.getLanguages());
                } else {
                    created.add(new Slot(officeId, rule.getId(), planned.start(), planned.end(), rule.getVenueId(),
                            rule.getLanguages(), rule.getCapacity(), settings.onlineCapacity(rule.getCapacity())));
                }
            }
        }
        slots.saveAll(created);
        List<Long> obsolete = future.stream().filter(s -> !keep.contains(s.getId()) && !s.isCancelled())
                .map(Slot::getId).toList();
        if (!obsolete.isEmpty()) {
            slots.deleteUnbooked(obsolete);
            // What is left unbooked is kept as the record of its cancelled bookings, but no longer offered.
            slots.retireUnbooked(obsolete, RETIRED);
        }
        return future.stream().filter(s -> obsolete.contains(s.getId()) && s.getBooked() > 0).toList();
    }
}
