/** The public event lists, the office page's event section, the staff editor and the .ics files. */
@NullMarked
package de.lokalwillkommen.event.ui;

import org.jspecify.annotations.NullMarked;
