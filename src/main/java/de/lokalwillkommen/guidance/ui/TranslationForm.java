package de.lokalwillkommen.guidance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.lokalwillkommen.guidance.TranslationText;

/** The four texts of one language, and whether they are only a machine draft. The view decides what saving means. */
class TranslationForm extends Composite<Div> {

    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final TextArea easy = new TextArea();
    final TextArea body = new TextArea();
    final Checkbox machine = new Checkbox();

    TranslationForm(String language, boolean rtl, boolean source) {
        title.setLabel(getTranslation("guide.editor.field.title"));
        summary.setLabel(getTranslation("guide.editor.field.summary"));
        easy.setLabel(getTranslation("guide.editor.field.easy"));
        body.setLabel(getTranslation("guide.editor.field.body"));
        body.addClassName("lw-guide-body-field");
        machine.setLabel(getTranslation("guide.editor.machine"));
        machine.setVisible(!source);
        for (var field : new com.vaadin.flow.component.Component[] {title, summary, easy, body}) {
            field.getElement().setAttribute("lang", language);
            field.getElement().setAttribute("dir", rtl ? "rtl" : "ltr");
        }
        getContent().add(title, summary, easy, body, machine);
    }

    void show(TranslationText text, boolean machineDraft) {
        title.setValue(text.title());
        summary.setValue(text.summary());
        easy.setValue(text.easySummary());
        body.setValue(text.body());
        machine.setValue(machineDraft);
    }

    TranslationText text() {
        return new TranslationText(title.getValue(), summary.getValue(), easy.getValue(), body.getValue());
    }
}
