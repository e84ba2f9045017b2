package de.lokalwillkommen.volunteer.ui;

import de.lokalwillkommen.base.ui.FixedRouteFirstPaint;
import de.lokalwillkommen.base.ui.FirstPaintControls;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The volunteer page in the first HTML: heading and the sentence that says what happens, as
 * {@link VolunteerView} shows them. The page has no entry links; below the sentence is the offer form,
 * which only the live view can take, so it is not drawn here (a picture of a long form would invite typing
 * that the swap throws away).
 */
@Component
class VolunteerFirstPaint extends FixedRouteFirstPaint {

    VolunteerFirstPaint() {
        super(VolunteerView.ROUTE, "volunteer.title");
    }

    @Override
    public void paint(Element main, String path, Texts texts) {
        Element page = FirstPaintControls.column(main, "lw-page", "lw-volunteer");
        page.appendElement("h1").text(texts.get("volunteer.title"));
        page.appendElement("p").addClass("lw-volunteer-intro").text(texts.get("volunteer.intro"));
    }
}
