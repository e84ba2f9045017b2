@NullMarked
package de.lokalwillkommen.figures.ui;

import org.jspecify.annotations.NullMarked;
