package de.lokalwillkommen.volunteer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import de.lokalwillkommen.volunteer.LanguageLevel;
import de.lokalwillkommen.volunteer.SpokenLanguage;
import de.lokalwillkommen.volunteer.VolunteerLanguages;
import de.lokalwillkommen.volunteer.VolunteerRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The languages a volunteer speaks: one row per language (which, how well, and whether they interpret it
 * when they offer interpreting), rows added and removed with buttons. Each row is labelled on its own, so
 * a screen reader announces "Language 2".
 */
class LanguageRows extends Composite<Div> {

    private final VolunteerLanguages languages;
    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Paragraph error = new Paragraph();
    private final Button add;
    private boolean interpreting;

    LanguageRows(VolunteerLanguages languages) {
        this.languages = languages;
        list.addClassName("lw-volunteer-language-list");
        error.addClassName("lw-volunteer-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add = new Button(getTranslation("volunteer.language.add"), e -> addRow(null).language.focus());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getContent().addClassName("lw-volunteer-languages");
        getContent().add(list, error, add);
    }

    /** Shows the "I interpret this language" boxes when the volunteer offers interpreting. */
    void setInterpreting(boolean interpreting) {
        this.interpreting = interpreting;
        rows.forEach(r -> r.interprets.setVisible(interpreting));
    }

    void setLanguages(List<SpokenLanguage> spoken) {
        rows.clear();
        list.removeAll();
        spoken.forEach(this::addRow);
        if (rows.isEmpty()) {
            addRow(null);
        }
    }

    /** Starts with one row in the language the form is used in, how well still to say. */
    void startWith(String code) {
        setLanguages(List.of());
        if (languages.offers(code)) {
            rows.getFirst().language.setValue(code);
        }
    }

    private Row addRow(@Nullable SpokenLanguage spoken) {
        Row row = new Row(rows.size() + 1);
        if (spoken != null) {
            row.language.setValue(languages.offers(spoken.code()) ? spoken.code() : null);
            row.level.setValue(spoken.level());
            row.interprets.setValue(spoken.interprets());
        }
        row.interprets.setVisible(interpreting);
        rows.add(row);
        list.add(row);
        add.setEnabled(rows.size() < VolunteerRules.LANGUAGES_MAX);
        return row;
    }

    private void remove(Row row) {
        rows.remove(row);
        list.remove(row);
        if (rows.isEmpty()) {
            addRow(null);
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number(i + 1);
        }
        add.setEnabled(rows.size() < VolunteerRules.LANGUAGES_MAX);
    }

    /** The rows as languages; rows without a language are skipped. Call {@link #validate()} first. */
    List<SpokenLanguage> value() {
        return rows.stream().filter(r -> r.language.getValue() != null && r.level.getValue() != null)
                .map(r -> new SpokenLanguage(r.language.getValue(), r.level.getValue(),
                        interpreting && r.interprets.getValue()))
                .toList();
    }

    /** Marks rows without a level, languages given twice, and a missing interpreting language. */
    boolean validate(boolean interpretingRequired) {
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        int filled = 0;
        for (Row row : rows) {
            row.language.setInvalid(false);
            row.level.setInvalid(false);
            String code = row.language.getValue();
            if (code == null) {
                if (row.level.getValue() != null) {
                    row.language.setErrorMessage(getTranslation("volunteer.error.languageMissing"));
                    row.language.setInvalid(true);
                    ok = false;
                }
                continue;
            }
            filled++;
            if (!seen.add(code)) {
                row.language.setErrorMessage(getTranslation("volunteer.error.languageTwice"));
                row.language.setInvalid(true);
                ok = false;
            }
            if (row.level.getValue() == null) {
                row.level.setErrorMessage(getTranslation("volunteer.error.level"));
                row.level.setInvalid(true);
                ok = false;
            }
        }
        String problem = null;
        if (filled == 0) {
            problem = "volunteer.error.languages";
        } else if (ok && interpretingRequired && value().stream().noneMatch(SpokenLanguage::interprets)) {
            problem = "volunteer.error.interpreting";
        }
        showError(problem == null ? null : getTranslation(problem));
        return ok && problem == null;
    }

    void showError(@Nullable String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    /** One language: which, how well, interpreting, remove. */
    private final class Row extends Div {

        private final Select<String> language = new Select<>();
        private final Select<LanguageLevel> level = new Select<>();
        private final Checkbox interprets = new Checkbox();
        private final Button remove = new Button();

        Row(int number) {
            addClassName("lw-volunteer-language-row");
            language.setItems(languages.codes());
            language.setItemLabelGenerator(code -> code == null ? "" : VolunteerTexts.language(this, languages, code));
            language.setPlaceholder(getTranslation("volunteer.choose"));
            level.setLabel(getTranslation("volunteer.language.level"));
            level.setItems(LanguageLevel.values());
            level.setItemLabelGenerator(l -> l == null ? "" : VolunteerTexts.level(this, l));
            level.setPlaceholder(getTranslation("volunteer.choose"));
            interprets.setLabel(getTranslation("volunteer.language.interprets"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.addClickListener(e -> LanguageRows.this.remove(this));
            number(number);
            add(language, level, interprets, remove);
        }

        void number(int number) {
            language.setLabel(getTranslation("volunteer.language.number", number));
            remove.setText(getTranslation("volunteer.language.remove"));
            remove.getElement().setAttribute("aria-label", getTranslation("volunteer.language.removeNumber", number));
        }
    }
}
