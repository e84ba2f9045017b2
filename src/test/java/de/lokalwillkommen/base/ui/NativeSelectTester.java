package de.lokalwillkommen.base.ui;

import com.vaadin.browserless.ComponentTester;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Chooses in a {@link NativeSelect} as a browser does: a "change" event carrying the option's value. */
public class NativeSelectTester<T> extends ComponentTester<NativeSelect<T>> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public NativeSelectTester(NativeSelect<T> select) {
        super(select);
    }

    /** Picks the option shown with this text. */
    public void selectItem(String label) {
        ensureComponentIsUsable();
        List<T> items = getComponent().getItems();
        for (int i = 0; i < items.size(); i++) {
            if (getComponent().itemLabel(items.get(i)).equals(label)) {
                choose(String.valueOf(i));
                return;
            }
        }
        throw new IllegalArgumentException("no option '" + label + "' in " + getComponent().getLabel());
    }

    /** Sends an option value as the browser would, also one the select never offered. */
    public void choose(String optionValue) {
        ensureComponentIsUsable();
        ObjectNode data = JSON.createObjectNode().put("event.target.value", optionValue);
        fireDomEvent("change", data);
    }
}
