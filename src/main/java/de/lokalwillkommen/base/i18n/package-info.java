@NullMarked
package de.lokalwillkommen.base.i18n;

import org.jspecify.annotations.NullMarked;
