package de.lokalwillkommen.guidance.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * "Read aloud": the browser's speech synthesis in the article's language. It all happens in the
 * browser, inside the click (speech needs a user gesture), so the button has no server listener.
 */
class ReadAloud extends Composite<Div> {

    private final Button button = new Button();
    private final Span status = new Span();
    private final String text;
    private final String language;

    ReadAloud(String text, String language) {
        this.text = text;
        this.language = language;
        button.setText(getTranslation("guide.read.start"));
        button.addClassName("lw-guide-read");
        button.getElement().setAttribute("aria-pressed", "false");
        status.addClassName("lw-guide-read-status");
        status.getElement().setAttribute("role", "status");
        getContent().addClassName("lw-guide-read-row");
        getContent().add(button, status);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        button.getElement().executeJs(GuideScripts.READ_ALOUD
                + "\nwindow.lwReadAloud(this, $0, function () { return $1; }, $2, {start: $3, stop: $4, noVoice: $5});",
                status.getElement(), text, language, getTranslation("guide.read.start"),
                getTranslation("guide.read.stop"), getTranslation("guide.read.noVoice"));
    }

    Button button() {
        return button;
    }
}
