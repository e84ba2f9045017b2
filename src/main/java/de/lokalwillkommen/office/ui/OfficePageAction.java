package de.lokalwillkommen.office.ui;

import com.vaadin.flow.component.Component;
import de.lokalwillkommen.office.OfficeDetails;

/**
 * Something another feature offers on an office's public page, such as booking a consultation there.
 * Features declare beans of this type; the office page shows their components right below its title.
 * This way the office feature needs no reference to the features that build on it (no module cycle).
 */
public interface OfficePageAction {

    /** A new component for this office's page (called once per page view, in the UI's thread). */
    Component create(OfficeDetails office);
}
