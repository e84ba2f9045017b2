package de.lokalwillkommen.guidance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.guidance.GuideTopic;
import de.lokalwillkommen.office.ui.OfficesView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The newcomer's guide without a browser: topics, search, an article, its notes and ways on. */
class GuideReaderTest extends GermanUiTest {

    private List<String> notices() {
        return find(Paragraph.class).withClassName("lw-guide-notice").all().stream().map(Paragraph::getText).toList();
    }

    private void inLanguage(String code) {
        uiLanguage.apply(com.vaadin.flow.component.UI.getCurrent(), uiLanguage.languages().byCode(code).orElseThrow());
    }

    @Test
    void theGuideOffersEveryLifeTopicThatHasArticles() {
        navigate(GuideView.class);
        assertThat($view(H1.class).single().getText()).isEqualTo("Wegweiser");
        List<String> topics = find(RouterLink.class).withClassName("lw-guide-topic").all().stream()
                .map(RouterLink::getText).toList();
        assertThat(topics).hasSize(GuideTopic.values().length)
                .contains("Ankommen und anmelden", "Notfälle und wichtige Nummern");
    }

    @Test
    void searchFindsArticlesIgnoringCaseAndUmlauts() {
        navigate(GuideView.class);
        test(find(TextField.class).withLabel("Im Wegweiser suchen").single()).setValue("MULL");
        test(find(Button.class).withText("Suchen").single()).click();
        assertThat(find(ArticleLink.class).all()).extracting(a -> a.getHref()).contains("guide/article/muelltrennung");
    }

    @Test
    void aSearchWithoutResultOffersTheTopicsAndTheOffices() {
        navigate(GuideView.class);
        test(find(TextField.class).withLabel("Im Wegweiser suchen").single()).setValue("xyzzy");
        test(find(Button.class).withText("Suchen").single()).click();
        assertThat(find(Paragraph.class).withClassName("lw-guide-none").single().getText())
                .contains("keinen Artikel gefunden", "Willkommensbüro");
        assertThat(find(RouterLink.class).withText("Ihr Willkommensbüro finden").single().getHref())
                .isEqualTo("offices");
        assertThat(find(RouterLink.class).withClassName("lw-guide-topic").all()).isNotEmpty();
    }

    @Test
    void aTopicListsItsArticles() {
        navigate(GuideTopicView.class, "housing");
        assertThat($view(H1.class).single().getText()).isEqualTo("Wohnen und Nachbarschaft");
        assertThat(find(ArticleLink.class).all()).extracting(a -> a.getHref())
                .containsExactly("guide/article/wohnen-miete-heizen", "guide/article/muelltrennung");
    }

    @Test
    void anArticleShowsSummariesReadAloudBodyReviewDateAndTheWaysOn() {
        navigate(GuideArticleView.class, "notruf");
        assertThat(find(H1.class).single().getText()).isEqualTo("Notfall und wichtige Nummern");
        assertThat(find(Paragraph.class).withClassName("lw-guide-summary").single().getText()).contains("112");
        assertThat(find(NativeButton.class).withText("Vorlesen").all()).hasSize(1);
        String body = find(com.vaadin.flow.component.html.Div.class).withClassName("lw-guide-body").single()
                .getElement().getProperty("innerHTML");
        assertThat(body).contains("<h2>Die Notrufnummern</h2>", "<strong>112</strong>").doesNotContain("<script");
        assertThat(find(Paragraph.class).withClassName("lw-guide-reviewed").single().getText())
                .isEqualTo("Noch nicht vom Büro geprüft.");
        assertThat(notices()).isEmpty();
        test(find(RouterLink.class).withText("Ihr Willkommensbüro finden").single()).click();
        assertThat(getCurrentView()).isInstanceOf(OfficesView.class);
    }

    @Test
    void theArticleLinksToBookingAndItsLightPageByPath() {
        navigate(GuideArticleView.class, "notruf");
        assertThat(find(Anchor.class).withText("Beratungstermin buchen").single().getHref()).isEqualTo("book");
        assertThat(find(Anchor.class).withText("Einfache Seite zum Offline-Lesen").single().getHref())
                .isEqualTo("guide/de/notruf");
    }

    @Test
    void anArabicReaderReadsArabicRightToLeft() {
        inLanguage("ar");
        navigate(GuideArticleView.class, "muelltrennung");
        assertThat(find(H1.class).single().getText()).isEqualTo("فرز النفايات بشكل صحيح");
        assertThat(notices()).isEmpty();
        var text = find(com.vaadin.flow.component.html.Div.class).withClassName("lw-guide-text").single();
        assertThat(text.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(text.getElement().getAttribute("lang")).isEqualTo("ar");
    }

    @Test
    void aReaderWhoseLanguageIsMissingGetsEnglishWithANote() {
        inLanguage("tr");
        navigate(GuideArticleView.class, "muelltrennung");
        assertThat(find(H1.class).single().getText()).isEqualTo("Separating your waste");
        assertThat(notices()).singleElement().asString().contains("English");
        assertThat(find(com.vaadin.flow.component.html.Div.class).withClassName("lw-guide-text").single()
                .getElement().getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void aMachineDraftIsReadWithANoteSayingSo() {
        inLanguage("tr");
        navigate(GuideArticleView.class, "notruf");
        assertThat(find(H1.class).single().getText()).isEqualTo("Acil durum ve önemli numaralar");
        assertThat(notices()).singleElement().asString().startsWith("Makine çevirisi");
    }

    @Test
    void anUnknownArticleSaysSo() {
        navigate(GuideArticleView.class, "gibt-es-nicht");
        assertThat(find(H1.class).single().getText()).isEqualTo("Diesen Artikel gibt es nicht (mehr)");
    }
}
