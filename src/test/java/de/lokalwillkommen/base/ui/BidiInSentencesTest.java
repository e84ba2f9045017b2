package de.lokalwillkommen.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.finder.ui.FinderView;
import de.lokalwillkommen.office.ui.OfficeView;
import org.junit.jupiter.api.Test;

/**
 * A Latin office name or a typed search inside an Arabic sentence keeps its own direction (isolated), so the
 * sentence's full stop and quotes stay where Arabic puts them; German pages keep their plain text.
 */
class BidiInSentencesTest extends GermanUiTest {

    private static final String FSI = "\u2068";
    private static final String PDI = "\u2069";

    private void inArabic() {
        uiLanguage.apply(UI.getCurrent(), uiLanguage.languages().byCode("ar").orElseThrow());
    }

    @Test
    void anOfficeNameAndItsDistrictsAreIsolatedInsideArabicHeadingsAndSentences() {
        inArabic();
        navigate(OfficeView.class, "brackel-aplerbeck");

        assertThat($view(H1.class).first().getText()).contains(FSI + "Brackel/Aplerbeck" + PDI);
        assertThat($view(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.contains(FSI + "Brackel" + PDI));
    }

    @Test
    void aTypedSearchIsIsolatedInsideTheArabicNotFoundSentence() {
        inArabic();
        UI.getCurrent().navigate(FinderView.class, QueryParameters.of("q", "Nowhere Str."));

        assertThat($view(Paragraph.class).withClassName("lw-refusal").single().getText())
                .contains(FSI + "Nowhere Str." + PDI);
    }

    @Test
    void germanPagesKeepPlainText() {
        navigate(OfficeView.class, "brackel-aplerbeck");
        assertThat($view(H1.class).first().getText()).doesNotContain(FSI).contains("Brackel/Aplerbeck");
    }
}
