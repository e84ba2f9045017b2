package de.lokalwillkommen.guidance.ui;

import com.vaadin.flow.i18n.I18NProvider;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.booking.ui.BookView;
import de.lokalwillkommen.guidance.ArticleReading;
import de.lokalwillkommen.guidance.ArticleSummary;
import de.lokalwillkommen.guidance.GuideTopic;
import de.lokalwillkommen.guidance.TranslationStatus;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * Plain HTML for a phone with little data: no framework, one small inline style and script, readable
 * offline once saved. Texts come from the same bundles as the app; the body is already sanitised.
 */
final class GuideLightPage {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff;line-height:1.55;font-size:1.05rem}
            header{background:#0b5c8c;padding:.7rem 1rem}header a{color:#fff;font-weight:600;text-decoration:none}
            main{max-width:40rem;margin:0 auto;padding:1rem}
            h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0}h2{font-size:1.2rem;margin:1.4rem 0 .4rem}
            a{color:#0b5c8c}.summary{font-size:1.1rem}
            .note{border-inline-start:.3rem solid #b35c00;background:#fff4e5;padding:.5rem .8rem}
            .easy{background:#eef6fb;padding:.1rem .9rem .6rem;border-radius:.4rem}
            button{font-size:1rem;padding:.6rem 1.1rem;border-radius:.5rem;border:0;background:#0b5c8c;color:#fff}
            .meta{color:#555;font-size:.95rem}nav a{display:inline-block;margin:.3rem 1rem .3rem 0}
            ul.articles{list-style:none;padding:0}ul.articles li{padding:.5rem 0;border-bottom:1px solid #ddd}
            .status{display:block;min-height:1.5em}
            """;

    private final I18NProvider texts;
    private final Languages languages;
    private final Locale locale;
    private final Language language;

    GuideLightPage(I18NProvider texts, Languages languages, Language language) {
        this.texts = texts;
        this.languages = languages;
        this.language = language;
        this.locale = language.locale();
    }

    String article(ArticleReading a, String root) {
        StringBuilder b = head(a.title() + " – " + t("app.name"), root);
        b.append("<body><header><a href=\"").append(indexPath(language.code())).append("\">")
                .append(esc(t("guide.title"))).append("</a></header><main>");
        Language content = languages.byCode(a.language()).orElse(language);
        b.append("<article lang=\"").append(content.code()).append("\" dir=\"").append(dir(content)).append("\">");
        notices(b, a);
        b.append("<h1 data-read>").append(esc(a.title())).append("</h1>");
        b.append("<p class=\"summary\" data-read>").append(esc(a.summary())).append("</p>");
        if (!a.easySummary().isBlank()) {
            b.append("<section class=\"easy\"><h2 data-read>").append(esc(t("guide.article.easy"))).append("</h2><p data-read>")
                    .append(esc(a.easySummary())).append("</p></section>");
        }
        b.append("<p><button type=\"button\" id=\"read\" aria-pressed=\"false\" data-lang=\"").append(content.code())
                .append("\" data-start=\"").append(esc(t("guide.read.start"))).append("\" data-stop=\"")
                .append(esc(t("guide.read.stop"))).append("\" data-no-voice=\"").append(esc(t("guide.read.noVoice")))
                .append("\">").append(esc(t("guide.read.start"))).append("</button>")
                .append("<span id=\"read-status\" class=\"status\" role=\"status\"></span></p>");
        b.append("<div class=\"body\" data-read>").append(a.bodyHtml()).append("</div>");
        b.append("<p class=\"meta\">").append(esc(reviewed(a))).append("</p></article>");
        b.append("<nav><a href=\"offices\">").append(esc(t("guide.article.offices"))).append("</a>")
                .append("<a href=\"").append(BookView.ROUTE).append("\">").append(esc(t("guide.article.book"))).append("</a>")
                .append("<a href=\"").append(indexPath(language.code())).append("\">").append(esc(t("guide.light.allArticles")))
                .append("</a><a href=\"").append(GuideArticleView.path(a.slug())).append("\">")
                .append(esc(t("guide.light.fullPage"))).append("</a></nav>");
        return foot(b, true);
    }

    String index(List<ArticleSummary> articles, String root) {
        StringBuilder b = head(t("guide.title") + " – " + t("app.name"), root);
        b.append("<body><header><a href=\".\">").append(esc(t("app.name"))).append("</a></header><main>");
        b.append("<h1>").append(esc(t("guide.title"))).append("</h1><p>").append(esc(t("guide.light.intro"))).append("</p>");
        b.append("<p><button type=\"button\" id=\"save-all\" data-saving=\"").append(esc(t("guide.light.saving")))
                .append("\" data-saved=\"").append(esc(t("guide.light.savedAll"))).append("\" data-failed=\"")
                .append(esc(t("guide.light.saveFailed"))).append("\">").append(esc(t("guide.light.saveAll")))
                .append("</button><span id=\"save-status\" class=\"status\" role=\"status\"></span></p>");
        GuideTopic current = null;
        for (ArticleSummary s : articles) {
            if (s.topic() != current) {
                if (current != null) {
                    b.append("</ul>");
                }
                current = s.topic();
                b.append("<h2>").append(esc(t(current.labelKey()))).append("</h2><ul class=\"articles\">");
            }
            Language content = languages.byCode(s.language()).orElse(language);
            b.append("<li><a data-article href=\"").append(articlePath(language.code(), s.slug())).append("\" lang=\"")
                    .append(content.code()).append("\" dir=\"").append(dir(content)).append("\">")
                    .append(esc(s.title())).append("</a></li>");
        }
        if (current != null) {
            b.append("</ul>");
        }
        b.append("<nav><a href=\"offices\">").append(esc(t("guide.article.offices"))).append("</a><a href=\"")
                .append(GuideView.ROUTE).append("\">").append(esc(t("guide.light.fullPage"))).append("</a></nav>");
        return foot(b, false);
    }

    /** An article that does not exist (any more): a small page in the reader's language, not an empty answer. */
    String notFound(String root) {
        StringBuilder b = head(t("guide.light.notFound.title") + " – " + t("app.name"), root);
        b.append("<body><header><a href=\".\">").append(esc(t("app.name"))).append("</a></header><main>");
        b.append("<h1>").append(esc(t("guide.light.notFound.title"))).append("</h1><p>")
                .append(esc(t("guide.light.notFound.text"))).append("</p>");
        b.append("<nav><a href=\"").append(indexPath(language.code())).append("\">").append(esc(t("guide.light.allArticles")))
                .append("</a><a href=\"").append(GuideView.ROUTE).append("\">").append(esc(t("guide.light.fullPage")))
                .append("</a><a href=\".\">").append(esc(t("error.page.home"))).append("</a></nav>");
        return foot(b, false);
    }

    static String indexPath(String language) {
        return "guide/" + language + "/";
    }

    static String articlePath(String language, String slug) {
        return "guide/" + language + "/" + slug;
    }

    private void notices(StringBuilder b, ArticleReading a) {
        if (a.isFallback()) {
            String name = languages.byCode(a.language()).map(Language::name).orElse(a.language());
            b.append("<p class=\"note\" role=\"note\" lang=\"").append(language.code()).append("\" dir=\"")
                    .append(dir(language)).append("\">").append(esc(t("guide.article.fallback", name))).append("</p>");
        }
        if (a.status() == TranslationStatus.MACHINE_DRAFT || a.status() == TranslationStatus.OUTDATED) {
            String key = a.status() == TranslationStatus.MACHINE_DRAFT ? "guide.article.machineDraft" : "guide.article.outdated";
            b.append("<p class=\"note\" role=\"note\" lang=\"").append(language.code()).append("\" dir=\"")
                    .append(dir(language)).append("\">").append(esc(t(key))).append("</p>");
        }
    }

    private String reviewed(ArticleReading a) {
        return a.reviewedOn() == null ? t("guide.article.notReviewed")
                : t("guide.article.reviewed", LocalDates.of(language, texts).date(a.reviewedOn()));
    }

    private StringBuilder head(String title, String root) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html><html lang=\"").append(language.code()).append("\" dir=\"").append(dir(language))
                .append("\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<base href=\"").append(esc(root)).append("\"><title>").append(esc(title)).append("</title>")
                .append("<meta name=\"theme-color\" content=\"#0b5c8c\"><style>").append(STYLE).append("</style></head>");
        return b;
    }

    private static String foot(StringBuilder b, boolean readAloud) {
        b.append("</main><script>");
        if (readAloud) {
            b.append(GuideScripts.READ_ALOUD);
        }
        b.append(GuideScripts.LIGHT_PAGE).append("</script></body></html>");
        return b.toString();
    }

    private static String dir(Language language) {
        return language.rtl() ? "rtl" : "ltr";
    }

    private String t(String key, Object... params) {
        return texts.getTranslation(key, locale, params);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
