package de.lokalwillkommen.base.figures;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * The period (both days inclusive, the municipality's calendar) and the offices a figure is asked for. The figures
 * feature has already checked that the signed-in person may see these offices; {@code allOffices} is for ADMIN.
 */
public record FigureQuery(LocalDate from, LocalDate to, Set<Long> officeIds, boolean allOffices) {

    public FigureQuery {
        officeIds = Set.copyOf(officeIds);
    }

    public LocalDateTime start() {
        return from.atStartOfDay();
    }

    /** The first moment after the period. */
    public LocalDateTime end() {
        return to.plusDays(1).atStartOfDay();
    }

    public boolean includes(long officeId) {
        return allOffices || officeIds.contains(officeId);
    }
}
