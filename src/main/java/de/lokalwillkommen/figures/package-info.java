/**
 * The network's figures for the city: contacts and persons by month, office, topic, language and interpreter,
 * booking outcomes, and whatever other features add through the SPIs in {@code base.figures}; charts drawn as SVG on
 * the server, each with its table, and CSV exports that open in Excel.
 */
@NullMarked
package de.lokalwillkommen.figures;

import org.jspecify.annotations.NullMarked;
