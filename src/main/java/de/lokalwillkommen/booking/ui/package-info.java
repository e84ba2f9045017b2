/**
 * Booking screens. Newcomers: the three-step flow on {@code book}, the personal confirmation and manage
 * page on {@code booking/<token>}, the calendar file {@code booking/<token>.ics}. Staff: schedule,
 * sessions, agenda and walk-in log. The start page links here, so the views are a named interface.
 */
@NullMarked
@NamedInterface("ui")
package de.lokalwillkommen.booking.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
