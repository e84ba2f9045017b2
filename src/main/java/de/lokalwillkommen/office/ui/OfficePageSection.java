package de.lokalwillkommen.office.ui;

import com.vaadin.flow.component.Component;
import de.lokalwillkommen.office.OfficeDetails;

/**
 * A section another feature adds to an office's public page, such as the office's upcoming events. Shown
 * after the hours, in bean order. Like {@link OfficePageAction}, it keeps the office feature free of
 * references to the features that build on it.
 */
public interface OfficePageSection {

    /** A new component for this office's page, or null when the feature has nothing to show for it. */
    @org.jspecify.annotations.Nullable Component create(OfficeDetails office);
}
