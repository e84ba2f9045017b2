/**
 * Printable posters (issue 19): an office's or a venue's A4 notice with a QR code to booking, lines in the languages
 * staff pick and tear-off strips, and a session's queue poster. QR codes are drawn on the server as SVG (ZXing core).
 */
@NullMarked
package de.lokalwillkommen.poster;

import org.jspecify.annotations.NullMarked;
