/**
 * Consultation booking: office hours and outreach sessions (schedule rules, closures, holidays),
 * the slots materialised from them, bookings by newcomers and by staff, and walk-in contacts.
 * Slots carry a booking counter that one conditional update moves, so no slot is ever overbooked.
 */
@NullMarked
package de.lokalwillkommen.booking;

import org.jspecify.annotations.NullMarked;
