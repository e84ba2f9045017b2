/**
 * Open data: a read-only JSON API (offices, hours, sessions, events, organisations) and an iCal feed per
 * office, for the city's website or apps such as Integreat. Only what is public by nature: never names,
 * contact details or texts of people, never bookings or messages, never staff-only fields.
 */
@NullMarked
package de.lokalwillkommen.opendata;

import org.jspecify.annotations.NullMarked;
