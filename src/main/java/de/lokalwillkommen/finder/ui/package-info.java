/** The public finder page and the coordination's street import. */
@NullMarked
@NamedInterface("ui")
package de.lokalwillkommen.finder.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
