@NullMarked
package de.lokalwillkommen.base.ui;

import org.jspecify.annotations.NullMarked;
