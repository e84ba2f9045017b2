package de.lokalwillkommen.figures.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import de.lokalwillkommen.GermanUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("brackel")
class FiguresViewTest extends GermanUiTest {

    @Test
    void everyTableHasItsChartAndACsvDownloadAndAllComeAsOneZip() {
        navigate(FiguresView.class);

        assertThat($(H2.class).all()).extracting(H2::getText).contains("Kontakte nach Monat", "Kontakte nach Büro",
                "Kontakte nach Thema", "Kontakte nach Sprache", "Dolmetschung", "Termine und Nichterscheinen");
        assertThat($(Html.class).all()).hasSameSizeAs($(H2.class).all())
                .allSatisfy(chart -> assertThat(chart.getInnerHtml()).contains("<svg"));
        assertThat($(Anchor.class).all()).extracting(Anchor::getText)
                .contains("Alle Tabellen herunterladen (ZIP)", "Als CSV herunterladen");
    }

    @Test
    void anEmptyPeriodSaysWhatIsWrong() {
        FiguresView view = navigate(FiguresView.class);
        view.to.setValue(view.from.getValue().minusDays(1));
        view.show();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all()).extracting(p -> p.getText())
                .contains("Bitte einen Zeitraum von höchstens drei Jahren wählen, das Ende nicht vor dem Beginn.");
    }
}
