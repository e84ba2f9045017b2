package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/** A row of actions that wraps on narrow phones; the first stands where reading starts (right in Arabic). */
class ActionRow extends Div {

    ActionRow(Component... actions) {
        super(actions);
        addClassName("lw-actions");
    }
}
