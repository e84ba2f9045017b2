@NullMarked
package de.lokalwillkommen.legal.ui;

import org.jspecify.annotations.NullMarked;
