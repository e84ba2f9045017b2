package de.lokalwillkommen.volunteer;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** One cell of the week: a weekday and a part of the day, such as Tuesday afternoon. */
public record TimeSlot(DayOfWeek day, PartOfDay part) implements Comparable<TimeSlot> {

    private static final Comparator<TimeSlot> ORDER = Comparator.comparing(TimeSlot::day)
            .thenComparing(TimeSlot::part);

    @Override
    public int compareTo(TimeSlot other) {
        return ORDER.compare(this, other);
    }

    /** "TUESDAY_AFTERNOON", for a need's column. */
    String code() {
        return day.name() + "_" + part.name();
    }

    public static Optional<TimeSlot> parse(String code) {
        int split = code.indexOf('_');
        if (split < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TimeSlot(DayOfWeek.valueOf(code.substring(0, split)),
                    PartOfDay.valueOf(code.substring(split + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String join(Set<TimeSlot> slots) {
        return slots.stream().sorted().map(TimeSlot::code).collect(Collectors.joining(","));
    }

    static Set<TimeSlot> split(String codes) {
        return Arrays.stream(codes.split(",")).filter(s -> !s.isBlank()).map(TimeSlot::parse)
                .flatMap(Optional::stream).collect(Collectors.toSet());
    }
}
