package de.lokalwillkommen.office.ui;

import de.lokalwillkommen.base.ui.FixedRouteFirstPaint;
import de.lokalwillkommen.base.ui.FirstPaintControls;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.office.OfficeSummary;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/** The list of offices in the first HTML, card by card as {@link OfficesView} and {@link OfficeCard} show it. */
@Component
class OfficesFirstPaint extends FixedRouteFirstPaint {

    private final OfficeService offices;

    OfficesFirstPaint(OfficeService offices) {
        super(OfficesView.ROUTE, "offices.title");
        this.offices = offices;
    }

    @Override
    public void paint(Element main, String path, Texts texts) {
        Element page = FirstPaintControls.column(main, "lw-page");
        page.appendElement("h1").text(texts.get("offices.title"));
        page.appendElement("p").text(texts.get("offices.intro"));
        offices.listOffices().forEach(office -> card(page, office, texts));
    }

    /** One office as {@link OfficeCard}; its texts come from staff input, so they go in as text, never as markup. */
    static void card(Element page, OfficeSummary office, Texts texts) {
        Element card = page.appendElement("div").addClass("lw-card");
        card.appendElement("h2").appendElement("a").attr("href", OfficeFirstPaint.path(office.slug()))
                .text(office.name());
        card.appendElement("p").text(texts.get("office.districts", texts.inSentence(office.districts(), ", ")));
        card.appendElement("p").text(office.address() != null ? office.address() : texts.get("office.addressMissing"));
        OfficeFirstPaint.phone(card, office.phone(), texts);
    }
}
