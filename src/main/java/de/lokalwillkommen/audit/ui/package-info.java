@NullMarked
package de.lokalwillkommen.audit.ui;

import org.jspecify.annotations.NullMarked;
