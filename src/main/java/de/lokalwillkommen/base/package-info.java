/**
 * The shared kernel: UI shell, languages, security. Every feature may use it, it uses no feature:
 * features plug into it through the interfaces it defines ({@link de.lokalwillkommen.base.ui.StaffMenuEntry},
 * {@link de.lokalwillkommen.base.OfficeDirectory}).
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package de.lokalwillkommen.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
