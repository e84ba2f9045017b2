package de.lokalwillkommen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import de.lokalwillkommen.base.i18n.UiLanguage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * "Report a translation problem" in the footer of every public page read in a translation (not in the source
 * language, which is the original): it opens the report form with the page it was on. The form belongs to the
 * feature "message"; its route lives here so the layout links it without depending on that feature.
 */
public class TranslationReportLink extends Anchor implements AfterNavigationObserver {

    public static final String ROUTE = "translation-report";
    /** The query parameter that carries the page the reader was on. */
    public static final String PAGE = "page";

    private final UiLanguage uiLanguage;

    public TranslationReportLink(UiLanguage uiLanguage) {
        super(ROUTE, "");
        this.uiLanguage = uiLanguage;
        setText(getTranslation("translation.report.link"));
        addClassName("lw-translation-report-link");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        UI ui = UI.getCurrent();
        boolean translated = ui != null && !uiLanguage.current(ui).equals(uiLanguage.languages().source());
        String path = event.getLocation().getPath();
        setVisible(translated && !path.startsWith(ROUTE));
        setHref(ROUTE + "?" + PAGE + "=" + URLEncoder.encode("/" + path, StandardCharsets.UTF_8));
    }
}
