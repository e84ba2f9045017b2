package de.lokalwillkommen.guidance.ui;

import de.lokalwillkommen.base.ui.FixedRouteFirstPaint;
import de.lokalwillkommen.base.ui.FirstPaintControls;
import de.lokalwillkommen.guidance.GuidanceService;
import de.lokalwillkommen.guidance.TopicOverview;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The guide's front door in the first HTML, as {@link GuideView} shows it: heading, sentence, the search
 * form's picture and the life topics that have articles, as real links, so a reader can go on before the
 * client engine has started. A search's results ({@code guide?q=}) come with the live view.
 */
@Component
class GuideFirstPaint extends FixedRouteFirstPaint {

    private final GuidanceService guidance;

    GuideFirstPaint(GuidanceService guidance) {
        super(GuideView.ROUTE, "guide.title");
        this.guidance = guidance;
    }

    @Override
    public void paint(Element main, String path, Texts texts) {
        Element page = FirstPaintControls.column(main, "lw-page", "lw-guide");
        page.appendElement("h1").text(texts.get("guide.title"));
        page.appendElement("p").text(texts.get("guide.intro"));
        Element form = page.appendElement("div").addClass("lw-guide-search");
        FirstPaintControls.field(form, "lw-guide-search-field", texts.get("guide.search.label"), null);
        FirstPaintControls.button(form, texts.get("guide.search.button"));
        page.appendElement("div").addClass("lw-guide-results");
        page.appendElement("h2").text(texts.get("guide.topics"));
        Element topics = page.appendElement("div").addClass("lw-guide-topics");
        for (TopicOverview topic : guidance.topics()) {
            if (topic.articles() > 0) {
                topics.appendElement("a").addClass("lw-guide-topic")
                        .attr("href", GuideTopicView.path(topic.topic().slug()))
                        .text(texts.get(topic.topic().labelKey()));
            }
        }
        page.appendElement("a").attr("href", GuideLightPage.indexPath(texts.language().code()))
                .text(texts.get("guide.light.link"));
    }
}
