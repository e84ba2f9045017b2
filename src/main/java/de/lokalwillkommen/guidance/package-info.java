/**
 * Guidance for newcomers: articles grouped by life topics, one row per language with German as the
 * source, a status per translation (machine draft, translated, reviewed, outdated), Markdown rendered
 * and sanitised on the server, search in the reader's language (docs/decisions/0009).
 */
@NullMarked
package de.lokalwillkommen.guidance;

import org.jspecify.annotations.NullMarked;
