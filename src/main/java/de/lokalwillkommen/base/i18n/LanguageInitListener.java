package de.lokalwillkommen.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every page its language before anything is drawn: the first HTML already carries
 * {@code lang} and {@code dir} (so right-to-left text never flips after loading), and each new UI
 * starts in the visitor's language.
 */
@Component
class LanguageInitListener implements VaadinServiceInitListener {

    private final UiLanguage uiLanguage;

    LanguageInitListener(UiLanguage uiLanguage) {
        this.uiLanguage = uiLanguage;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Language language = uiLanguage.forRequest(response.getVaadinRequest());
            Element html = response.getDocument().getElementsByTag("html").first();
            if (html != null) {
                html.attr("lang", language.code());
                html.attr("dir", language.rtl() ? "rtl" : "ltr");
            }
        });
        event.getSource().addUIInitListener(init -> {
            var request = com.vaadin.flow.server.VaadinService.getCurrentRequest();
            Language language = request != null ? uiLanguage.forRequest(request) : uiLanguage.languages().source();
            uiLanguage.apply(init.getUI(), language);
        });
    }
}
