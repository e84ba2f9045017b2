package de.lokalwillkommen.guidance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.guidance.ArticleSummary;
import de.lokalwillkommen.guidance.TranslationStatus;

/** An article in a list: its title and summary as one big link, with a word when it is not the reader's text. */
class ArticleLink extends Anchor {

    ArticleLink(ArticleSummary article, Language content) {
        super(GuideArticleView.path(article.slug()), "");
        addClassName("lw-guide-link");
        Span title = new Span(article.title());
        title.addClassName("lw-guide-link-title");
        Span summary = new Span(article.summary());
        summary.addClassName("lw-guide-link-summary");
        add(title, summary);
        if (article.fallback() || article.status().needsNotice()) {
            Span note = new Span(getTranslation(article.fallback() ? "guide.list.otherLanguage"
                    : article.status() == TranslationStatus.MACHINE_DRAFT ? "guide.status.machine-draft"
                            : "guide.status.outdated"));
            note.addClassName("lw-guide-link-note");
            add(note);
        }
        // The texts may be in another language and script than the page around them.
        title.getElement().setAttribute("lang", content.code());
        summary.getElement().setAttribute("lang", content.code());
        getElement().setAttribute("dir", content.rtl() ? "rtl" : "ltr");
    }
}
