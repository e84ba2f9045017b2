@NullMarked
package de.lokalwillkommen;

import org.jspecify.annotations.NullMarked;
