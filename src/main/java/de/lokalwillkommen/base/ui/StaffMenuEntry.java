package de.lokalwillkommen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One entry of the staff navigation. Features declare their entries as beans; the staff layout
 * shows those the signed-in role may open, ordered by {@code order}.
 */
public record StaffMenuEntry(int order, String labelKey, VaadinIcon icon, Class<? extends Component> view,
        boolean adminOnly) {
}
