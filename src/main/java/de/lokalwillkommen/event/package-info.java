/**
 * Events of the offices (language café, bike workshop, round table, information evening): published by
 * an office's team, listed on the office page and for the whole city, each with a calendar file.
 */
@NullMarked
package de.lokalwillkommen.event;

import org.jspecify.annotations.NullMarked;
