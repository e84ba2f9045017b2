/**
 * Volunteering screens. Volunteers: the offer form on {@code volunteer} and the personal page on
 * {@code volunteer/offer/<token>}. Staff: the review queue, an offer's page, needs, matching and
 * interpreters for bookings. The start page links here by path, so the views are a named interface.
 */
@NullMarked
@NamedInterface("ui")
package de.lokalwillkommen.volunteer.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
