package de.lokalwillkommen.guidance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.guidance.GuidanceService;
import de.lokalwillkommen.guidance.GuideTopic;
import de.lokalwillkommen.guidance.TranslationCell;
import de.lokalwillkommen.guidance.TranslationEditing;
import de.lokalwillkommen.guidance.TranslationStatus;
import de.lokalwillkommen.guidance.TranslationText;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The staff's matrix and editor without a browser, on an article of the test's own. */
@WithUserDetails("brackel")
class GuideEditorTest extends GermanUiTest {

    @Autowired
    GuidanceService guidance;

    @Autowired
    Languages languages;

    private String slug;

    @BeforeEach
    void anArticle() {
        slug = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        guidance.create(slug, GuideTopic.LEISURE, new TranslationText("Schwimmen lernen", "Kurz", "Einfach",
                "Im **Hallenbad** gibt es Kurse."));
        guidance.save(slug, "en", new TranslationText("Learning to swim", "Short", "Easy", "Courses."), false, null);
    }

    private String message() {
        return find(Paragraph.class).withClassName("lw-guide-message").single().getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMatrixShowsEveryLanguagesStatusPerArticle() {
        navigate(GuideMatrixView.class);
        Grid<TranslationCell> grid = find(Grid.class).withClassName("lw-guide-matrix").single();
        assertThat(grid.getColumns()).hasSize(2 + languages.all().size());
        TranslationCell line = test(grid).size() > 0 ? guidance.matrix().stream()
                .filter(c -> c.slug().equals(slug)).findFirst().orElseThrow() : null;
        assertThat(line.statuses()).containsEntry("en", TranslationStatus.TRANSLATED)
                .containsEntry("ar", TranslationStatus.MISSING);
        int row = 0;
        for (; row < test(grid).size(); row++) {
            if (test(grid).getCellText(row, 0).equals("Schwimmen lernen")) {
                break;
            }
        }
        assertThat(test(grid).getCellText(row, grid.getColumns().indexOf(grid.getColumnByKey("en"))))
                .isEqualTo("übersetzt");
        assertThat(test(grid).getCellText(row, grid.getColumns().indexOf(grid.getColumnByKey("ar"))))
                .isEqualTo("fehlt");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMatrixSaysWhichLanguagesNoNativeSpeakerHasReadYet() {
        navigate(GuideMatrixView.class);
        Grid<TranslationCell> grid = find(Grid.class).withClassName("lw-guide-matrix").single();
        assertThat(grid.getColumnByKey("de").getHeaderText()).isEqualTo("de");
        assertThat(grid.getColumnByKey("ar").getHeaderText()).isEqualTo("ar *");
        String note = find(Paragraph.class).withClassName("lw-guide-unreviewed").single().getText();
        assertThat(note).startsWith("* Von unserem Team übersetzt").contains("العربية (ar)", "English (en)")
                .doesNotContain("Deutsch");
    }

    @Test
    void theEditorShowsTheGermanSourceBesideTheTranslationAndAPreview() {
        navigate("staff/guide/" + slug + "/en", GuideEditorView.class);
        Div source = find(Div.class).withClassName("lw-guide-source").single();
        assertThat(source.getElement().getTextRecursively()).contains("Schwimmen lernen");
        assertThat(find(Div.class, source).all()).anyMatch(d -> d.getElement().getProperty("innerHTML", "")
                .contains("<strong>Hallenbad</strong>"));
        assertThat(find(TextField.class).withLabel("Titel").single().getValue()).isEqualTo("Learning to swim");
        test(find(TextArea.class).withLabel("Text (Markdown)").single()).setValue("A **pool** <script>x()</script>");
        test(find(Button.class).withText("Vorschau").single()).click();
        String preview = find(Div.class).withClassName("lw-guide-preview").single().getElement().getProperty("innerHTML");
        assertThat(preview).contains("<strong>pool</strong>").doesNotContain("<script");
    }

    @Test
    void savingAGermanChangeMarksTheTranslationsOutdated() {
        navigate("staff/guide/" + slug + "/de", GuideEditorView.class);
        test(find(TextField.class).withLabel("Titel").single()).setValue("Schwimmen lernen im Sommer");
        test(find(Button.class).withText("Speichern").single()).click();
        assertThat(message()).isEqualTo("Gespeichert.");
        assertThat(guidance.editing(slug, "en").status()).isEqualTo(TranslationStatus.OUTDATED);
    }

    @Test
    void theSecondToSaveIsToldKeepsTheirTextAndSeesTheOther() {
        navigate("staff/guide/" + slug + "/en", GuideEditorView.class);
        TranslationEditing meanwhile = guidance.editing(slug, "en");
        guidance.save(slug, "en", new TranslationText("Swimming lessons", "Short", "Easy", "Courses."), false,
                meanwhile.version());

        test(find(TextField.class).withLabel("Titel").single()).setValue("Learning how to swim");
        test(find(Button.class).withText("Speichern").single()).click();

        assertThat(message()).startsWith("Jemand anderes hat diesen Text inzwischen gespeichert.");
        assertThat(find(TextField.class).withLabel("Titel").single().getValue()).isEqualTo("Learning how to swim");
        assertThat(find(Div.class).withClassName("lw-guide-theirs").single().getElement().getTextRecursively())
                .contains("Swimming lessons");
        assertThat(guidance.editing(slug, "en").text().title()).isEqualTo("Swimming lessons");

        test(find(Button.class).withText("Speichern").single()).click();
        assertThat(message()).isEqualTo("Gespeichert.");
        assertThat(guidance.editing(slug, "en").text().title()).isEqualTo("Learning how to swim");
    }

    @Test
    void staffMarkAReviewButOnlyTheCoordinationSeesPublishing() {
        navigate("staff/guide/" + slug + "/en", GuideEditorView.class);
        test(find(Button.class).withText("Als geprüft markieren").single()).click();
        assertThat(message()).isEqualTo("Als geprüft markiert.");
        assertThat(guidance.editing(slug, "en").status()).isEqualTo(TranslationStatus.REVIEWED);
        assertThat(find(Button.class).withText("Veröffentlichen").all()).isEmpty();
    }

    @Test
    @WithUserDetails("koordination")
    void theCoordinationPublishes() {
        navigate("staff/guide/" + slug + "/de", GuideEditorView.class);
        test(find(Button.class).withText("Veröffentlichen").single()).click();
        assertThat(message()).isEqualTo("Der Artikel ist veröffentlicht.");
        assertThat(guidance.read(slug, "de")).isPresent();
    }
}
