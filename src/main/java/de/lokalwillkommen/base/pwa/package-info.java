@NullMarked
package de.lokalwillkommen.base.pwa;

import org.jspecify.annotations.NullMarked;
