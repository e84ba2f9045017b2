/** How static files travel: long-lived caching of content-hashed files, Brotli for the style sheets. */
@NullMarked
package de.lokalwillkommen.base.web;

import org.jspecify.annotations.NullMarked;
