@NullMarked
package de.lokalwillkommen.booking.ui;

import org.jspecify.annotations.NullMarked;
