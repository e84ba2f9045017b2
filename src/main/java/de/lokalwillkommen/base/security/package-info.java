@NullMarked
package de.lokalwillkommen.base.security;

import org.jspecify.annotations.NullMarked;
