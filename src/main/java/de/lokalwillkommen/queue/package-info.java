/**
 * The walk-in queue of a session (issue 19, decision record 0029): people take a number on their phone through the
 * session's short link, without a name; staff call, serve or skip them; the day's figures are kept and the numbers
 * deleted once the day is over. Uses the booking feature's public {@code SessionDays} for sessions and check-ins.
 */
@NullMarked
package de.lokalwillkommen.queue;

import org.jspecify.annotations.NullMarked;
