package de.lokalwillkommen.guidance.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;

/**
 * "Read aloud": the browser's speech synthesis in the article's language. It all happens in the
 * browser, inside the click (speech needs a user gesture), so the button has no server listener. A native button in
 * Lumo's look, not Vaadin's: it is the article page's only button, and vaadin-button would bring vaadin-tooltip and
 * 17 KB of scripts into every first visit of an article (issue 18's 150 KB).
 */
class ReadAloud extends Composite<Div> {

    private final NativeButton button = new NativeButton();
    private final Span status = new Span();
    private final String text;
    private final String language;

    ReadAloud(String text, String language) {
        this.text = text;
        this.language = language;
        button.setText(getTranslation("guide.read.start"));
        button.addClassNames("lw-guide-read", "lw-native-button");
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
}
