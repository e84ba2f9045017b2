@NullMarked
package de.lokalwillkommen.staff.ui;

import org.jspecify.annotations.NullMarked;
