/** The waitlist's pages: joining, the personal waitlist page with its offer, and the staff view per office. */
@NullMarked
package de.lokalwillkommen.waitlist.ui;

import org.jspecify.annotations.NullMarked;
