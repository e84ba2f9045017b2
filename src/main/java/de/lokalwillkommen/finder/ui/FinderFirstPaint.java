package de.lokalwillkommen.finder.ui;

import de.lokalwillkommen.base.ui.FixedRouteFirstPaint;
import de.lokalwillkommen.base.ui.FirstPaintControls;
import de.lokalwillkommen.finder.FinderService;
import de.lokalwillkommen.office.ui.OfficesView;
import de.lokalwillkommen.office.ui.PartnersView;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The office finder in the first HTML, as {@link FinderView} shows it before anything is looked up: heading,
 * sentence, the search field's picture and the links below it. The search itself comes with the live view.
 */
@Component
class FinderFirstPaint extends FixedRouteFirstPaint {

    private final FinderService finder;

    FinderFirstPaint(FinderService finder) {
        super(FinderView.ROUTE, "finder.title");
        this.finder = finder;
    }

    @Override
    public void paint(Element main, String path, Texts texts) {
        Element page = FirstPaintControls.column(main, "lw-page");
        page.appendElement("h1").text(texts.get("finder.title"));
        page.appendElement("p").text(texts.get("finder.intro"));
        FirstPaintControls.field(page, "lw-contact-finder-search", texts.get("finder.search"),
                texts.get(finder.streetCount() > 0 ? "finder.search.help" : "finder.search.postcodesOnly"));
        page.appendElement("div").addClass("lw-contact-finder-result");
        link(page, OfficesView.ROUTE, texts.get("finder.allOffices"));
        link(page, PartnersView.ROUTE, texts.get("partner.link"));
        link(page, FinderView.EVENTS, texts.get("event.city.link"));
    }

    private static void link(Element page, String href, String text) {
        page.appendElement("p").appendElement("a").attr("href", href).text(text);
    }
}
