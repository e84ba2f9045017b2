package de.lokalwillkommen.booking;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.office.OfficeHours;
import de.lokalwillkommen.office.OfficeHoursSource;
import de.lokalwillkommen.office.PublicSession;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of the schedule, for the office pages and the open data: each active rule with its next
 * session dates, and the next sessions (a rule's slots of one day joined into one session). Only what
 * anyone may know: no bookings, no free places, nothing about people.
 */
@Component
class PublicHours implements OfficeHoursSource {

    static final int NEXT_DATES = 3;

    private final ScheduleRuleRepository rules;
    private final SlotRepository slots;
    private final MunicipalityProperties municipality;
    private final Clock clock;

    PublicHours(ScheduleRuleRepository rules, SlotRepository slots, MunicipalityProperties municipality, Clock clock) {
        this.rules = rules;
        this.slots = slots;
        this.municipality = municipality;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OfficeHours> hoursOf(long officeId) {
        LocalDateTime now = municipality.now(clock);
        List<OfficeHours> hours = new ArrayList<>();
        for (ScheduleRule rule : rules.findByOfficeIdOrderByIdAsc(officeId)) {
            if (!rule.isActive()) {
                continue;
            }
            List<LocalDate> next = slots.findByRuleIdAndStartGreaterThanEqual(rule.getId(), now).stream()
                    .filter(s -> !s.isCancelled()).map(s -> s.getStart().toLocalDate()).distinct().sorted()
                    .limit(NEXT_DATES).toList();
            if (next.isEmpty()) {
                continue; // over, or nothing left within the booking horizon
            }
            RulePlan plan = rule.plan();
            hours.add(new OfficeHours(plan.weekday(), plan.everyWeeks(), plan.onDate(), plan.start(), plan.end(),
                    rule.getVenueId(), rule.languageList(), next));
        }
        return hours;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicSession> sessionsOf(long officeId, int limit) {
        Map<List<Object>, List<Slot>> sessions = new LinkedHashMap<>();
        slots.findByOfficeIdAndStartGreaterThanEqual(officeId, municipality.now(clock)).stream()
                .filter(s -> !s.isCancelled()).sorted(Comparator.comparing(Slot::getStart))
                .forEach(s -> sessions.computeIfAbsent(List.of(Objects.requireNonNullElse(s.getRuleId(), -1L),
                        Objects.requireNonNullElse(s.getVenueId(), -1L), s.getStart().toLocalDate()),
                        k -> new ArrayList<>()).add(s));
        return sessions.values().stream().map(PublicHours::session)
                .sorted(Comparator.comparing(PublicSession::start)).limit(limit).toList();
    }

    private static PublicSession session(List<Slot> slots) {
        Slot first = slots.getFirst();
        LocalDateTime end = slots.stream().map(Slot::getEnd).max(Comparator.naturalOrder()).orElse(first.getEnd());
        return new PublicSession(first.getStart(), end, first.getVenueId(), first.languageList());
    }
}
