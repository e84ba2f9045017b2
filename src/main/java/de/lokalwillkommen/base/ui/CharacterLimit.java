package de.lokalwillkommen.base.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

/**
 * A long text field that says how much is allowed and counts down while the person writes. It never cuts:
 * a browser's maxlength silently drops the end of a pasted text, so the field has none, and a text over
 * the limit is refused at the field with how much to shorten, everything typed kept.
 */
public final class CharacterLimit {

    private final TextArea area;
    private final int max;
    private final String help;

    private CharacterLimit(TextArea area, int max, String help) {
        this.area = area;
        this.max = max;
        this.help = help;
    }

    /**
     * Counts down under {@code area}, after its help text. The count reaches the server while typing pauses
     * (not on every key), so a slow connection is not flooded.
     */
    public static CharacterLimit on(TextArea area, int max, String help) {
        CharacterLimit limit = new CharacterLimit(area, max, help);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.addValueChangeListener(e -> limit.showCount());
        limit.showCount();
        return limit;
    }

    public boolean allows(@Nullable String text) {
        return length(text) <= max;
    }

    /** The refusal of a text over the limit, saying by how much; null when it fits. */
    public @Nullable String problemWith(@Nullable String text) {
        int length = length(text);
        return length <= max ? null : area.getTranslation("text.limit.over", length - max, max);
    }

    /** For a Binder: refuses a text over the limit with how much to shorten. */
    public Validator<String> validator() {
        return (value, context) -> {
            String problem = problemWith(value);
            return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
        };
    }

    private void showCount() {
        int left = max - length(area.getValue());
        String count = left >= 0 ? area.getTranslation("text.limit.left", left, max)
                : area.getTranslation("text.limit.over", -left, max);
        area.setHelperText(help.isBlank() ? count : help + " " + count);
    }

    /** What the services count: the text without leading and trailing blanks. */
    private static int length(@Nullable String text) {
        return text == null ? 0 : text.strip().length();
    }
}
