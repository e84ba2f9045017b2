/** Staff administration for the network's coordination: accounts, their offices and roles, sign-in rights. */
@NullMarked
package de.lokalwillkommen.staff;

import org.jspecify.annotations.NullMarked;
