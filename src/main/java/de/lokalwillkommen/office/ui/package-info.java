@NullMarked
@NamedInterface("ui")
package de.lokalwillkommen.office.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
