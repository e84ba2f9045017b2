/**
 * "Which office is mine?": postcodes and streets lead to a city district, the district to its office.
 * Streets come from the city's street directory, imported by the coordination as a CSV file; the
 * postcode table ships as demo data. Nothing here guesses: a postcode that spans districts says so.
 */
@NullMarked
package de.lokalwillkommen.finder;

import org.jspecify.annotations.NullMarked;
