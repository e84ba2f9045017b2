package de.lokalwillkommen.guidance.ui;

import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.ui.FirstPaint;
import de.lokalwillkommen.guidance.ArticleReading;
import de.lokalwillkommen.guidance.GuidanceService;
import de.lokalwillkommen.guidance.TranslationStatus;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * An article in the first HTML, as {@link GuideArticleView} shows it: the text is what a reader came for,
 * so it is there before Vaadin's client engine (read-aloud and the ways on follow with the live view).
 */
@Component
class ArticleFirstPaint implements FirstPaint {

    private static final String PREFIX = GuideArticleView.path("");

    private final GuidanceService guidance;
    private final Languages languages;

    ArticleFirstPaint(GuidanceService guidance, Languages languages) {
        this.guidance = guidance;
        this.languages = languages;
    }

    @Override
    public boolean paints(String path) {
        return path.startsWith(PREFIX) && path.length() > PREFIX.length() && path.indexOf('/', PREFIX.length()) < 0;
    }

    private Optional<ArticleReading> article(String path, Texts texts) {
        return guidance.read(path.substring(PREFIX.length()), texts.language().code());
    }

    @Override
    public String title(String path, Texts texts) {
        return article(path, texts).map(a -> a.title() + " – " + texts.get("app.name"))
                .orElseGet(() -> texts.get("app.name"));
    }

    @Override
    public void paint(Element main, String path, Texts texts) {
        Optional<ArticleReading> found = article(path, texts);
        if (found.isEmpty()) {
            return;
        }
        ArticleReading article = found.get();
        Element page = main.appendElement("div").addClass("lw-page").addClass("lw-guide").addClass("lw-guide-article");
        page.appendElement("a").addClass("lw-guide-back").attr("href", GuideTopicView.path(article.topic().slug()))
                .text(texts.get(article.topic().labelKey()));
        if (article.status() == TranslationStatus.MACHINE_DRAFT) {
            page.appendElement("p").addClass("lw-guide-notice").attr("role", "note")
                    .text(texts.get("guide.article.machineDraft"));
        } else if (article.status() == TranslationStatus.OUTDATED) {
            page.appendElement("p").addClass("lw-guide-notice").attr("role", "note")
                    .text(texts.get("guide.article.outdated"));
        }
        boolean rtl = languages.byCode(article.language()).map(Language::rtl).orElse(false);
        Element text = page.appendElement("div").addClass("lw-guide-text").attr("lang", article.language())
                .attr("dir", rtl ? "rtl" : "ltr");
        text.appendElement("h1").text(article.title());
        text.appendElement("p").addClass("lw-guide-summary").text(article.summary());
        if (!article.easySummary().isBlank()) {
            Element easy = text.appendElement("section").addClass("lw-guide-easy");
            easy.appendElement("h2").text(texts.get("guide.article.easy"));
            easy.appendElement("p").text(article.easySummary());
        }
        // Sanitised by the service (GuideMarkdown): only an allow-list of tags, attributes and URL schemes.
        text.appendElement("div").addClass("lw-guide-body").append(article.bodyHtml());
    }
}
