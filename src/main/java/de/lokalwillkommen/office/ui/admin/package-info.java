@NullMarked
package de.lokalwillkommen.office.ui.admin;

import org.jspecify.annotations.NullMarked;
