/**
 * What features contribute to the network's figures (the figures feature draws and exports them): contacts through
 * {@link de.lokalwillkommen.base.figures.ContactSource} (bookings and walk-ins today, messages next) and whole tables
 * through {@link de.lokalwillkommen.base.figures.FigureTableSource} (booking outcomes today, volunteer offers and
 * matches next). Sources count anonymous columns only, so the figures survive the retention job.
 */
@NullMarked
package de.lokalwillkommen.base.figures;

import org.jspecify.annotations.NullMarked;
