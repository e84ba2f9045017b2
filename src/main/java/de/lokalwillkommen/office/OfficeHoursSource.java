package de.lokalwillkommen.office;

import java.util.List;

/**
 * Where the office pages and the open data get an office's hours from. The booking feature plans the
 * hours and implements this; the office feature must not depend on it (booking depends on offices), so
 * it only knows this contract. Without an implementation an office simply shows no hours.
 */
public interface OfficeHoursSource {

    /** The office's current patterns of hours with their next dates, in the office's own order. */
    List<OfficeHours> hoursOf(long officeId);

    /** The office's next sessions, earliest first, at most {@code limit}. */
    List<PublicSession> sessionsOf(long officeId, int limit);
}
