package de.lokalwillkommen.office.ui.admin;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/** A small form over a data object: the editor dialog asks it for a valid copy, or for the errors shown. */
interface EditableForm<F> {

    Component component();

    void edit(F form);

    /** The edited object if every field is valid; otherwise the fields show translated messages. */
    Optional<F> validated();
}
