package de.lokalwillkommen.booking;

import java.time.LocalDate;
import java.util.Optional;

/** Public holidays on which no consultation hours take place. */
public interface HolidayCalendar {

    /** The holiday's German name, or empty on a working day. */
    Optional<String> holiday(LocalDate date);
}
