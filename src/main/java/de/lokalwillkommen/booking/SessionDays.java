package de.lokalwillkommen.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schedule as the walk-in queue sees it: an office's sessions of a day per place, the next session of a place,
 * and a booking found by the code its owner shows at the door. Public information only, except the booking look-up,
 * which needs the code that only its owner has.
 */
@Service
public class SessionDays {

    /** How far ahead the next session of a place is looked for. */
    static final int LOOK_AHEAD_DAYS = 120;

    private final SessionDayRepository repository;

    SessionDays(SessionDayRepository repository) {
        this.repository = repository;
    }

    /** The day's sessions of an office, one per place, earliest first. */
    @Transactional(readOnly = true)
    public List<DaySession> on(long officeId, LocalDate day) {
        return join(repository.openBetween(officeId, day.atStartOfDay(), day.plusDays(1).atStartOfDay()));
    }

    /** The day's session of an office at a place (null: the office itself), if it has one. */
    @Transactional(readOnly = true)
    public Optional<DaySession> at(long officeId, @Nullable Long venueId, LocalDate day) {
        return on(officeId, day).stream().filter(s -> Objects.equals(s.venueId(), venueId)).findFirst();
    }

    /** The first session of an office at a place that ends after {@code after}. */
    @Transactional(readOnly = true)
    public Optional<DaySession> next(long officeId, @Nullable Long venueId, LocalDateTime after) {
        LocalDate from = after.toLocalDate();
        return join(repository.openBetween(officeId, from.atStartOfDay(), from.plusDays(LOOK_AHEAD_DAYS).atStartOfDay()))
                .stream().filter(s -> Objects.equals(s.venueId(), venueId) && s.end().isAfter(after)).findFirst();
    }

    /** A booking of the day at the office, found by its code (any case, spaces ignored); only a booked one. */
    @Transactional(readOnly = true)
    public Optional<Appointment> appointment(long officeId, LocalDate day, String code) {
        String normalised = code.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (normalised.isEmpty() || normalised.length() > 12) {
            return Optional.empty();
        }
        return repository.booked(officeId, normalised, day.atStartOfDay(), day.plusDays(1).atStartOfDay());
    }

    private static List<DaySession> join(List<Slot> slots) {
        Map<List<Object>, List<Slot>> byDayAndPlace = new LinkedHashMap<>();
        for (Slot slot : slots) {
            byDayAndPlace.computeIfAbsent(List.of(slot.getStart().toLocalDate(),
                    Objects.requireNonNullElse(slot.getVenueId(), -1L)), k -> new ArrayList<>()).add(slot);
        }
        return byDayAndPlace.values().stream().map(day -> new DaySession(day.getFirst().getOfficeId(),
                day.getFirst().getVenueId(), day.getFirst().getStart().toLocalDate(), day.getFirst().getStart(),
                day.stream().map(Slot::getEnd).max(Comparator.naturalOrder()).orElseThrow()))
                .sorted(Comparator.comparing(DaySession::start)).toList();
    }
}
