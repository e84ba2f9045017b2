package de.lokalwillkommen.poster.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import de.lokalwillkommen.base.i18n.Language;
import java.util.List;

/**
 * The poster's short lines, each language in its own block with its own direction, so Arabic, Farsi and Pashto read
 * right to left beside German on the same sheet.
 */
final class PosterLines {

    private PosterLines() {
    }

    static Div of(List<Language> languages, List<String> keys, I18NProvider texts) {
        Div lines = new Div();
        lines.addClassName("lw-poster-lines");
        for (Language language : languages) {
            Div block = new Div();
            block.addClassName("lw-poster-language");
            block.getElement().setAttribute("lang", language.code());
            block.getElement().setAttribute("dir", language.rtl() ? "rtl" : "ltr");
            for (String key : keys) {
                block.add(new Paragraph(texts.getTranslation(key, language.locale())));
            }
            lines.add(block);
        }
        return lines;
    }
}
