/** The walk-in queue's pages: take a number, follow it, the venue's display, and the staff's queue. */
@NullMarked
package de.lokalwillkommen.queue.ui;

import org.jspecify.annotations.NullMarked;
