/** The printable posters. */
@NullMarked
package de.lokalwillkommen.poster.ui;

import org.jspecify.annotations.NullMarked;
