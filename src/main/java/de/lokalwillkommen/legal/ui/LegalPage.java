package de.lokalwillkommen.legal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import de.lokalwillkommen.base.i18n.UiLanguage;
import de.lokalwillkommen.legal.OperatorProperties;
import org.jspecify.annotations.Nullable;

/**
 * The frame of the three legal pages: heading, the note that a translation is not binding, sections and
 * label-value lists. Plain HTML elements only, so the pages need nothing from the frontend bundle.
 */
abstract class LegalPage extends Composite<Div> implements HasDynamicTitle {

    private final String titleKey;

    LegalPage(String titleKey, UiLanguage uiLanguage) {
        this.titleKey = titleKey;
        getContent().addClassNames("lw-page", "lw-legal");
        getContent().add(new H1(getTranslation(titleKey)));
        // German is the binding version; every other language says it is a translation.
        if (!uiLanguage.current(UI.getCurrent()).equals(uiLanguage.languages().source())) {
            Paragraph note = new Paragraph(getTranslation("legal.translationNote"));
            note.addClassName("lw-legal-note");
            getContent().add(note);
        }
    }

    /** A section with its heading and content, added to the page. */
    Section section(String titleKey, Component... parts) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.add(parts);
        getContent().add(section);
        return section;
    }

    Paragraph text(String key, Object... args) {
        return new Paragraph(getTranslation(key, args));
    }

    /** Label-value pairs: each pair is a translation key and the component showing the value. */
    DescriptionList facts(Object... labelKeysAndValues) {
        DescriptionList list = new DescriptionList();
        list.addClassName("lw-legal-facts");
        for (int i = 0; i < labelKeysAndValues.length; i += 2) {
            list.add(new DescriptionList.Term(getTranslation((String) labelKeysAndValues[i])),
                    new DescriptionList.Description((Component) labelKeysAndValues[i + 1]));
        }
        return list;
    }

    /** A configured value, or a visible "to be completed by the operator" where the configuration has none. */
    Component configured(@Nullable String... values) {
        StringBuilder text = new StringBuilder();
        for (String value : values) {
            OperatorProperties.given(value).ifPresent(v -> text.append(text.isEmpty() ? "" : "\n").append(v));
        }
        Span span = new Span(text.isEmpty() ? getTranslation("legal.toBeCompleted") : text.toString());
        span.addClassName(text.isEmpty() ? "lw-legal-missing" : "lw-legal-value");
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("app.name");
    }
}
