/** Offices, the districts they serve, their teams, partner venues and organisations. */
@NullMarked
package de.lokalwillkommen.office;

import org.jspecify.annotations.NullMarked;
