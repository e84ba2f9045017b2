package de.lokalwillkommen.guidance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.UiLanguage;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.booking.ui.BookView;
import de.lokalwillkommen.guidance.ArticleReading;
import de.lokalwillkommen.guidance.GuidanceService;
import de.lokalwillkommen.guidance.TranslationStatus;
import de.lokalwillkommen.office.ui.OfficesView;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One article: title, summary, the easy-language summary, read-aloud, the body, the day it was last
 * reviewed and the ways on (office, booking). Opening it also keeps its light rendition for offline.
 */
@Route(value = "guide/article", layout = PublicLayout.class)
@AnonymousAllowed
public class GuideArticleView extends Composite<VerticalLayout> implements HasUrlParameter<String>, HasDynamicTitle {

    private final GuidanceService guidance;
    private final UiLanguage uiLanguage;
    private String title = "";
    private @Nullable String lightPath;

    public GuideArticleView(GuidanceService guidance, UiLanguage uiLanguage) {
        this.guidance = guidance;
        this.uiLanguage = uiLanguage;
        getContent().addClassName("lw-page");
        getContent().addClassName("lw-guide");
        getContent().addClassName("lw-guide-article");
    }

    static String path(String slug) {
        return "guide/article/" + slug;
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        getContent().removeAll();
        Language language = uiLanguage.current(UI.getCurrent());
        Optional<ArticleReading> found = guidance.read(slug, language.code());
        if (found.isEmpty()) {
            title = getTranslation("guide.article.notFound");
            lightPath = null;
            getContent().add(new H1(title), new RouterLink(getTranslation("guide.back"), GuideView.class));
            return;
        }
        show(found.get(), language);
    }

    private void show(ArticleReading article, Language language) {
        Language content = uiLanguage.languages().byCode(article.language()).orElse(language);
        title = article.title();
        lightPath = GuideLightPage.articlePath(language.code(), article.slug());
        RouterLink back = new RouterLink(getTranslation(article.topic().labelKey()), GuideTopicView.class,
                article.topic().slug());
        back.addClassName("lw-guide-back");
        Div text = new Div();
        text.addClassName("lw-guide-text");
        text.getElement().setAttribute("lang", content.code());
        text.getElement().setAttribute("dir", content.rtl() ? "rtl" : "ltr");
        Paragraph summary = new Paragraph(article.summary());
        summary.addClassName("lw-guide-summary");
        text.add(new H1(article.title()), summary);
        if (!article.easySummary().isBlank()) {
            Section easy = new Section(new H2(getTranslation("guide.article.easy")), new Paragraph(article.easySummary()));
            easy.addClassName("lw-guide-easy");
            text.add(easy);
        }
        text.add(new ReadAloud(article.plainText(), content.code()));
        Div body = new Div();
        body.addClassName("lw-guide-body");
        // Sanitised by the service (GuideMarkdown): only an allow-list of tags, attributes and URL schemes.
        body.getElement().setProperty("innerHTML", article.bodyHtml());
        text.add(body);
        getContent().add(back);
        notices(article);
        getContent().add(text, reviewed(article), ways());
        keepForOffline(lightPath);
    }

    private void notices(ArticleReading article) {
        if (article.isFallback()) {
            String name = uiLanguage.languages().byCode(article.language()).map(Language::name).orElse(article.language());
            getContent().add(notice(getTranslation("guide.article.fallback", name)));
        }
        if (article.status() == TranslationStatus.MACHINE_DRAFT) {
            getContent().add(notice(getTranslation("guide.article.machineDraft")));
        } else if (article.status() == TranslationStatus.OUTDATED) {
            getContent().add(notice(getTranslation("guide.article.outdated")));
        }
    }

    private static Paragraph notice(String text) {
        Paragraph notice = new Paragraph(text);
        notice.addClassName("lw-guide-notice");
        notice.getElement().setAttribute("role", "note");
        return notice;
    }

    private Paragraph reviewed(ArticleReading article) {
        Paragraph reviewed = new Paragraph(article.reviewedOn() == null ? getTranslation("guide.article.notReviewed")
                : getTranslation("guide.article.reviewed", LocalDates.of(this).date(article.reviewedOn())));
        reviewed.addClassName("lw-guide-reviewed");
        return reviewed;
    }

    private Div ways() {
        RouterLink offices = new RouterLink(getTranslation("guide.article.offices"), OfficesView.class);
        // By path: a class reference would pull the booking form's components into this page's bundle.
        Anchor book = new Anchor(BookView.ROUTE, getTranslation("guide.article.book"));
        Anchor light = new Anchor(lightPath == null ? GuideView.ROUTE : lightPath, getTranslation("guide.light.link"));
        light.getElement().setAttribute("router-ignore", true);
        Div ways = new Div(offices, book, light);
        ways.addClassName("lw-guide-ways");
        return ways;
    }

    /** Registers the guide's worker for the reader's language and saves this article's light page once. */
    private void keepForOffline(String path) {
        String language = path.split("/")[1];
        getElement().executeJs("""
                if (!('serviceWorker' in navigator) || !window.caches) { return; }
                const root = document.baseURI;
                navigator.serviceWorker.register(new URL('guide/sw.js', root).href,
                    {scope: new URL('guide/' + $0 + '/', root).href}).catch(() => {});
                const url = new URL($1, root).href;
                caches.open($2).then(c => c.match(url).then(hit => hit || c.add(url))).catch(() => {});
                """, language, path, GuideScripts.ARTICLE_CACHE);
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
