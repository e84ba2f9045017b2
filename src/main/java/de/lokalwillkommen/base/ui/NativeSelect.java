package de.lokalwillkommen.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * A choice from a short list as the browser's own {@code <select>}: on a phone it opens the system's
 * picker, it needs no JavaScript component, and the server keeps four elements instead of two per
 * option (Vaadin's Select). The options are written as one HTML property, since each option element
 * would be a node held in every visitor's session. Used on the public pages, where sessions are many.
 */
@Tag("div")
public class NativeSelect<T> extends AbstractField<NativeSelect<T>, T> implements HasValidation, HasLabel {

    private static final AtomicLong IDS = new AtomicLong();

    private final Element label = new Element("label");
    private final Element select = new Element("select");
    private final Element helper = new Element("span");
    private final Element error = new Element("span");
    private List<T> items = List.of();
    private ItemLabelGenerator<T> itemLabels = String::valueOf;
    private @Nullable String placeholder;
    private String labelText = "";
    private String helperText = "";
    private @Nullable String errorMessage;
    private boolean invalid;

    public NativeSelect() {
        super(null);
        String id = "lw-select-" + IDS.incrementAndGet();
        addClassName("lw-native-select");
        label.setAttribute("for", id);
        select.setAttribute("id", id);
        helper.setAttribute("class", "lw-native-select-helper");
        helper.setAttribute("id", id + "-helper");
        error.setAttribute("class", "lw-native-select-error");
        error.setAttribute("id", id + "-error");
        error.setAttribute("aria-live", "polite");
        select.setAttribute("aria-describedby", id + "-helper " + id + "-error");
        getElement().appendChild(label, select, helper, error);
        // "change" bubbles from the select to this element; its value arrives with the event.
        getElement().addEventListener("change", e -> chosen(e.getEventData().get("event.target.value").asString()))
                .addEventData("event.target.value");
    }

    public void setItems(Collection<T> items) {
        this.items = List.copyOf(items);
        writeOptions();
    }

    public List<T> getItems() {
        return items;
    }

    public void setItemLabelGenerator(ItemLabelGenerator<T> itemLabels) {
        this.itemLabels = itemLabels;
        writeOptions();
    }

    public String itemLabel(T item) {
        return itemLabels.apply(item);
    }

    /** Shown while nothing is chosen; it cannot be chosen itself. */
    public void setPlaceholder(@Nullable String placeholder) {
        this.placeholder = placeholder;
        writeOptions();
    }

    @Override
    public void setLabel(String text) {
        labelText = text == null ? "" : text;
        plainText(label, labelText);
    }

    @Override
    public String getLabel() {
        return labelText;
    }

    public void setHelperText(@Nullable String text) {
        helperText = text == null ? "" : text;
        plainText(helper, helperText);
    }

    public String getHelperText() {
        return helperText;
    }

    public void setAriaLabel(String text) {
        select.setAttribute("aria-label", text);
        addClassName("lw-native-select-unlabelled");
    }

    @Override
    public void setErrorMessage(@Nullable String errorMessage) {
        this.errorMessage = errorMessage;
        showError();
    }

    @Override
    public @Nullable String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        select.setAttribute("aria-invalid", invalid ? "true" : "false");
        getElement().getClassList().set("lw-native-select-invalid", invalid);
        showError();
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }

    @Override
    public void onEnabledStateChanged(boolean enabled) {
        super.onEnabledStateChanged(enabled);
        select.setAttribute("disabled", !enabled);
    }

    @Override
    protected void setPresentationValue(@Nullable T value) {
        select.setProperty("value", key(value));
    }

    private void chosen(String key) {
        T item = null;
        if (!key.isEmpty()) {
            int index = key.matches("\\d{1,9}") ? Integer.parseInt(key) : -1;
            if (index < 0 || index >= items.size()) {
                return; // not an option we offered: ignore it, as a select would
            }
            item = items.get(index);
        }
        setModelValue(item, true);
    }

    private String key(@Nullable T value) {
        int index = value == null ? -1 : items.indexOf(value);
        return index < 0 ? "" : String.valueOf(index);
    }

    private void showError() {
        plainText(error, invalid && errorMessage != null ? errorMessage : "");
    }

    /** Text without a child text node: one node less per text, in every session. */
    private static void plainText(Element element, String text) {
        element.setProperty("innerHTML", Entities.escape(text));
    }

    private void writeOptions() {
        StringBuilder html = new StringBuilder();
        String chosen = key(getValue());
        if (placeholder != null || chosen.isEmpty()) {
            html.append("<option value=\"\" disabled").append(chosen.isEmpty() ? " selected" : "").append('>')
                    .append(Entities.escape(Objects.requireNonNullElse(placeholder, ""))).append("</option>");
        }
        for (int i = 0; i < items.size(); i++) {
            String key = String.valueOf(i);
            html.append("<option value=\"").append(key).append('"').append(key.equals(chosen) ? " selected" : "")
                    .append('>').append(Entities.escape(itemLabels.apply(items.get(i)))).append("</option>");
        }
        // The selected attribute above, not only the value property: the browser may apply the two
        // properties in either order, and options written after the value would reset it.
        select.setProperty("innerHTML", html.toString());
        select.setProperty("value", chosen);
    }
}
