package de.lokalwillkommen.volunteer;

import java.util.List;

/** One reason for a candidate's rank, with the points it added (or took away). */
public record Reason(ReasonKind kind, int points, List<String> args) {

    public Reason {
        args = List.copyOf(args);
    }

    static Reason of(ReasonKind kind, int points, Object... args) {
        return new Reason(kind, points, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
