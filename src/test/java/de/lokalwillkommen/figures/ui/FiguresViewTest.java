package de.lokalwillkommen.figures.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.datepicker.DatePicker;
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
        navigate(FiguresView.class);
        DatePicker from = $(DatePicker.class).withLabel("Von").single();
        test($(DatePicker.class).withLabel("Bis").single()).setValue(from.getValue().minusDays(1));
        test($(com.vaadin.flow.component.button.Button.class).withText("Anzeigen").single()).click();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all()).extracting(p -> p.getText())
                .contains("Bitte einen Zeitraum von höchstens drei Jahren wählen, das Ende nicht vor dem Beginn.");
    }
}
