package de.lokalwillkommen.base.errors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;

/**
 * The notice of an unexpected error: fixed at the bottom of the screen, announced by screen readers,
 * closed by the person. Plain HTML on purpose: it must work on every page, also on those whose
 * JavaScript chunk does not carry Vaadin's notification component.
 */
final class ErrorNotice extends Div {

    static final String CLASS_NAME = "lw-error-notice";

    private ErrorNotice(String message, String idLine) {
        addClassName(CLASS_NAME);
        getElement().setAttribute("role", "alert");
        Paragraph text = new Paragraph(message);
        Div actions = new Div();
        actions.addClassName("lw-error-notice-actions");
        if (!idLine.isEmpty()) {
            Paragraph id = new Paragraph(idLine);
            id.addClassName("lw-error-id");
            add(text, id);
        } else {
            add(text);
        }
        NativeButton close = new NativeButton(getTranslation("error.close"), e -> removeFromParent());
        close.addClassName("lw-error-close");
        actions.add(close);
        add(actions);
    }

    /**
     * Shows the notice in {@code ui}, replacing an earlier one: two failed taps leave one notice. It hangs at
     * the UI, outside the page, so it leaves by itself when the person moves on to another page (say, the
     * confirmation of a second, successful try).
     */
    static ErrorNotice show(UI ui, String message, String idLine) {
        ui.getChildren().filter(ErrorNotice.class::isInstance).toList().forEach(ui::remove);
        ErrorNotice notice = new ErrorNotice(message, idLine);
        ui.add(notice);
        Registration[] leaving = new Registration[1];
        leaving[0] = ui.addAfterNavigationListener(navigated -> {
            notice.removeFromParent();
            leaving[0].remove();
        });
        return notice;
    }
}
