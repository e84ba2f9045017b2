package de.lokalwillkommen.guidance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import de.lokalwillkommen.guidance.TranslationText;

/** A text to read beside the form: the German source, or the version someone else saved meanwhile. */
class SourcePanel extends Composite<Div> {

    SourcePanel(String heading, TranslationText text, String bodyHtml, String language, boolean rtl) {
        Div content = getContent();
        Div texts = new Div(new H3(text.title()), new Paragraph(text.summary()), new Paragraph(text.easySummary()));
        Div body = new Div();
        // Rendered and sanitised by the service.
        body.getElement().setProperty("innerHTML", bodyHtml);
        texts.add(body);
        texts.getElement().setAttribute("lang", language);
        texts.getElement().setAttribute("dir", rtl ? "rtl" : "ltr");
        content.add(new H2(heading), texts);
    }
}
