package de.lokalwillkommen.guidance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.UiLanguage;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.guidance.ArticleSummary;
import de.lokalwillkommen.guidance.GuidanceService;
import de.lokalwillkommen.guidance.GuideTopic;
import de.lokalwillkommen.office.ui.OfficesView;
import java.util.List;
import java.util.Optional;

/** The articles of one life topic, in the reader's language. */
@Route(value = "guide/topic", layout = PublicLayout.class)
@AnonymousAllowed
public class GuideTopicView extends Composite<VerticalLayout> implements HasUrlParameter<String>, HasDynamicTitle {

    private final GuidanceService guidance;
    private final UiLanguage uiLanguage;
    private String title = "";

    static String path(String topicSlug) {
        return "guide/topic/" + topicSlug;
    }

    public GuideTopicView(GuidanceService guidance, UiLanguage uiLanguage) {
        this.guidance = guidance;
        this.uiLanguage = uiLanguage;
        getContent().addClassName("lw-page");
        getContent().addClassName("lw-guide");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        getContent().removeAll();
        Optional<GuideTopic> topic = GuideTopic.bySlug(slug);
        RouterLink back = new RouterLink(getTranslation("guide.back"), GuideView.class);
        back.addClassName("lw-guide-back");
        if (topic.isEmpty()) {
            title = getTranslation("guide.topic.notFound");
            getContent().add(back, new H1(title));
            return;
        }
        Language language = uiLanguage.current(UI.getCurrent());
        title = getTranslation(topic.get().labelKey());
        getContent().add(back, new H1(title));
        List<ArticleSummary> articles = guidance.articles(topic.get(), language.code());
        if (articles.isEmpty()) {
            getContent().add(new Paragraph(getTranslation("guide.topic.empty")),
                    new RouterLink(getTranslation("guide.article.offices"), OfficesView.class));
        }
        articles.forEach(a -> getContent().add(new ArticleLink(a,
                uiLanguage.languages().byCode(a.language()).orElse(language))));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
