/**
 * The earlier-time waitlist (issue 15 item 5, decision record 0026): newcomers for whom no time fits, or who want
 * an earlier one, wait per office; a freed place is held for the first person whose needs fit, who may confirm it
 * within the hold. Uses the booking feature's public services only; tells others through {@link WaitlistEvents}.
 */
@NullMarked
package de.lokalwillkommen.waitlist;

import org.jspecify.annotations.NullMarked;
