@NullMarked
package de.lokalwillkommen.home.ui;

import org.jspecify.annotations.NullMarked;
