/**
 * What people see when something fails that they cannot fix: an unexpected error during an action (a
 * translated notice with an error id, everything typed kept, the button usable again), a page that
 * does not exist (404), a staff page that is not theirs (403) and a page that failed to open (500).
 */
@NullMarked
package de.lokalwillkommen.base.errors;

import org.jspecify.annotations.NullMarked;
