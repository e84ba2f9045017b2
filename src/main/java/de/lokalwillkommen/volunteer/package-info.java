/**
 * Volunteering: offers of help registered without an account (with a personal link to update, pause or
 * withdraw them), vetting by staff, needs recorded in consultations, ranked suggestions and confirmed
 * matches, and volunteer interpreters for bookings that asked for one. Depends on the office and booking
 * features' APIs; nothing depends on it but the start page's link by path.
 */
@NullMarked
package de.lokalwillkommen.volunteer;

import org.jspecify.annotations.NullMarked;
