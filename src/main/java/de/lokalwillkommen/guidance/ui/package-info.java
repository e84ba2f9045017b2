/**
 * Guidance pages: the reader ({@code guide}, topics, articles, search, read-aloud), the light HTML
 * rendition {@code /guide/<language>/<slug>} with its own service worker for reading offline
 * (docs/decisions/0010), and the staff's translation matrix and editor. The start page links here by
 * path constant, so the views are a named interface.
 */
@NullMarked
@NamedInterface("ui")
package de.lokalwillkommen.guidance.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
