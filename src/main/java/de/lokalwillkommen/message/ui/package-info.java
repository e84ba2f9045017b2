/** The public message form ({@code message/<office>}) and the staff inbox. */
@NullMarked
package de.lokalwillkommen.message.ui;

import org.jspecify.annotations.NullMarked;
