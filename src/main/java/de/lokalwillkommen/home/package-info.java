/** The public front door: the start page and the entries to the features. */
@NullMarked
package de.lokalwillkommen.home;

import org.jspecify.annotations.NullMarked;
