package de.lokalwillkommen.office.ui;

import com.vaadin.flow.component.Component;
import de.lokalwillkommen.office.OfficeDetails;
import java.util.Optional;

/**
 * Something another feature offers on an office's public page, such as booking a consultation there.
 * Features declare beans of this type; the office page shows their components right below its title.
 * This way the office feature needs no reference to the features that build on it (no module cycle).
 */
public interface OfficePageAction {

    /** A new component for this office's page (called once per page view, in the UI's thread). */
    Component create(OfficeDetails office);

    /**
     * The same link in the office page's first HTML ({@link OfficeFirstPaint}), before the client engine runs.
     * Empty for an action that cannot be drawn without the live view.
     */
    default Optional<StaticLink> firstPaint(OfficeDetails office) {
        return Optional.empty();
    }

    /** A link as plain HTML: its address (relative to the app's root) and the bundle key of its text. */
    record StaticLink(String href, String textKey) {
    }
}
