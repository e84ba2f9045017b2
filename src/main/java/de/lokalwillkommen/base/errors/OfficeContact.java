package de.lokalwillkommen.base.errors;

import java.util.Optional;

/**
 * A view that knows which office the person deals with: an unexpected error then names that office's
 * phone instead of the coordination's.
 */
public interface OfficeContact {

    Optional<String> officePhone();
}
