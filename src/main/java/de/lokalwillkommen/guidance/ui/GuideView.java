package de.lokalwillkommen.guidance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.UiLanguage;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.guidance.ArticleSummary;
import de.lokalwillkommen.guidance.GuidanceService;
import de.lokalwillkommen.guidance.TopicOverview;
import de.lokalwillkommen.office.ui.OfficesView;
import java.util.List;

/**
 * The guide's front door: search in the reader's language and the life topics. The query is in the
 * URL ({@code guide?q=...}), so a result can be reloaded and shared.
 */
@Route(value = GuideView.ROUTE, layout = PublicLayout.class)
@AnonymousAllowed
public class GuideView extends Composite<VerticalLayout> implements BeforeEnterObserver, HasDynamicTitle {

    /** A compile-time constant: the start page links here by path and stays light. */
    public static final String ROUTE = "guide";
    static final String QUERY = "q";

    private final GuidanceService guidance;
    private final UiLanguage uiLanguage;
    private final TextField query = new TextField();
    private final Div results = new Div();
    private final Div topics = new Div();

    public GuideView(GuidanceService guidance, UiLanguage uiLanguage) {
        this.guidance = guidance;
        this.uiLanguage = uiLanguage;
        query.setLabel(getTranslation("guide.search.label"));
        query.setPlaceholder(getTranslation("guide.search.placeholder"));
        query.setClearButtonVisible(true);
        query.addKeyPressListener(Key.ENTER, e -> search());
        Button go = new Button(getTranslation("guide.search.button"), e -> search());
        Div form = new Div(query, go);
        form.addClassName("lw-guide-search");
        form.getElement().setAttribute("role", "search");
        results.addClassName("lw-guide-results");
        results.getElement().setAttribute("aria-live", "polite");
        topics.addClassName("lw-guide-topics");
        Anchor light = new Anchor(GuideLightPage.indexPath(language().code()), getTranslation("guide.light.link"));
        light.getElement().setAttribute("router-ignore", true);
        getContent().addClassName("lw-page");
        getContent().addClassName("lw-guide");
        getContent().add(new H1(getTranslation("guide.title")), new Paragraph(getTranslation("guide.intro")), form,
                results, new H2(getTranslation("guide.topics")), topics, light);
        showTopics();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String q = event.getLocation().getQueryParameters().getSingleParameter(QUERY).orElse("");
        query.setValue(q);
        showResults(q);
    }

    private void search() {
        String q = query.getValue().strip();
        UI.getCurrent().navigate(GuideView.class, q.isEmpty() ? QueryParameters.empty() : QueryParameters.of(QUERY, q));
    }

    private void showResults(String q) {
        results.removeAll();
        if (q.isBlank()) {
            return;
        }
        List<ArticleSummary> found = guidance.search(q, language().code());
        results.add(new H2(getTranslation("guide.search.results", q)));
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("guide.search.none"));
            none.addClassName("lw-guide-none");
            results.add(none, new RouterLink(getTranslation("guide.article.offices"), OfficesView.class));
            return;
        }
        found.forEach(a -> results.add(new ArticleLink(a, content(a))));
    }

    private void showTopics() {
        for (TopicOverview topic : guidance.topics()) {
            if (topic.articles() > 0) {
                RouterLink link = new RouterLink(getTranslation(topic.topic().labelKey()), GuideTopicView.class,
                        topic.topic().slug());
                link.addClassName("lw-guide-topic");
                topics.add(link);
            }
        }
    }

    private Language language() {
        return uiLanguage.current(UI.getCurrent());
    }

    private Language content(ArticleSummary article) {
        return uiLanguage.languages().byCode(article.language()).orElse(language());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("guide.title") + " – " + getTranslation("app.name");
    }
}
