package de.lokalwillkommen.base;

import java.util.List;
import java.util.Optional;

/**
 * What the shell needs to know about offices without depending on the office feature
 * (which depends on the shell): names for the signed-in header, phone numbers for the offline page.
 */
public interface OfficeDirectory {

    record OfficeContact(long id, String name, String districts, Optional<String> phone) {
    }

    List<OfficeContact> contacts();

    Optional<String> officeName(long officeId);
}
