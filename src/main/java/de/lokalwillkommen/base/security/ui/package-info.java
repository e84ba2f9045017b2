@NullMarked
package de.lokalwillkommen.base.security.ui;

import org.jspecify.annotations.NullMarked;
