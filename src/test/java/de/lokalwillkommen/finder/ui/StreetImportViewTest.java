package de.lokalwillkommen.finder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.finder.FinderService;
import de.lokalwillkommen.finder.StreetSample;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("koordination")
class StreetImportViewTest extends GermanUiTest {

    @Autowired
    FinderService finder;

    @Test
    @SuppressWarnings("rawtypes")
    void theCoordinationSeesAPreviewWithTheRejectedRowsAndThenImports() {
        navigate(StreetImportView.class);
        test($view(Upload.class).single()).upload("strassen.csv", "text/csv", StreetSample.bytes());

        assertThat($view(Paragraph.class).all().stream().map(Paragraph::getText))
                .contains("7 Zeilen können importiert werden, 5 Zeilen nicht. Trennzeichen: ; · Zeichensatz: UTF-8");
        java.util.List<Grid> grids = $view(Grid.class).all();
        assertThat(grids).hasSize(2);
        assertThat(test(grids.get(0)).size()).isEqualTo(5);
        assertThat(test(grids.get(0)).getCellText(2, 2))
                .isEqualTo("Diesen Stadtbezirk gibt es nicht. Bitte den Namen so schreiben wie in der Liste der Stadtbezirke.");
        assertThat(test(grids.get(1)).size()).isEqualTo(7);

        test($view(Button.class).withText("7 Einträge importieren und das bisherige Verzeichnis ersetzen").single()).click();

        assertThat($view(Paragraph.class).all().stream().map(Paragraph::getText))
                .contains("Importiert: 7 Einträge. Nicht importiert: 5 Zeilen.",
                        "Im Verzeichnis stehen 7 Einträge (Straße, Postleitzahl, Stadtbezirk).");
        assertThat(finder.streetCount()).isEqualTo(7);
    }

    @Test
    void aFileThatIsNoStreetListGetsAClearAnswer() {
        navigate(StreetImportView.class);
        test($view(Upload.class).single()).upload("bild.csv", "text/csv", new byte[] {1, 2, 3});
        assertThat($view(Paragraph.class).all().stream().map(Paragraph::getText))
                .contains("0 Zeilen können importiert werden, 1 Zeilen nicht. Trennzeichen: , · Zeichensatz: UTF-8");
        assertThat($view(Button.class).all().stream().filter(b -> b.getText().endsWith("ersetzen")).findFirst()
                .orElseThrow().isEnabled()).isFalse();
    }
}
