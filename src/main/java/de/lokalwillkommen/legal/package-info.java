/**
 * What a public body's app must say about itself: privacy notice (GDPR Art. 13), imprint and accessibility
 * statement (BITV 2.0), all from the running configuration, and which roles see which personal data.
 */
@NullMarked
package de.lokalwillkommen.legal;

import org.jspecify.annotations.NullMarked;
