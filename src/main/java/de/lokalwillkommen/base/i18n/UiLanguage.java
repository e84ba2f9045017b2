package de.lokalwillkommen.base.i18n;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import java.util.Collections;
import org.springframework.stereotype.Component;

/**
 * Decides and applies a UI's language: the cookie if the visitor chose one, else the browser's
 * Accept-Language; switching sets locale, text direction, the document's lang and the cookie.
 */
@Component
public class UiLanguage {

    private final Languages languages;

    public UiLanguage(Languages languages) {
        this.languages = languages;
    }

    public Languages languages() {
        return languages;
    }

    public Language forRequest(VaadinRequest request) {
        return LanguageCookie.read(request.getCookies()).flatMap(languages::byCode)
                .orElseGet(() -> languages.bestMatch(Collections.list(request.getLocales())));
    }

    public Language current(UI ui) {
        return languages.of(ui.getLocale());
    }

    public void apply(UI ui, Language language) {
        Direction direction = language.rtl() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT;
        ui.setLocale(language.locale());
        ui.setDirection(direction);
        // UI has no getter for the direction it sent to the browser; keep it for whoever needs to know.
        ComponentUtil.setData(ui, Direction.class, direction);
        ui.getElement().executeJs("document.documentElement.lang = $0", language.code());
    }

    public Direction direction(UI ui) {
        Direction direction = ComponentUtil.getData(ui, Direction.class);
        return direction == null ? Direction.LEFT_TO_RIGHT : direction;
    }

    /** The visitor picked a language: apply it and remember it. */
    public void choose(UI ui, Language language) {
        apply(ui, language);
        VaadinResponse response = VaadinService.getCurrentResponse();
        VaadinRequest request = VaadinService.getCurrentRequest();
        if (response != null && request != null) {
            response.addCookie(LanguageCookie.create(language.code(), request.getContextPath()));
        }
    }
}
