package de.lokalwillkommen.message.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.message.MessageService;
import de.lokalwillkommen.message.MessageServiceTest;
import de.lokalwillkommen.message.MessageSummary;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OfficeService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("brackel")
class InboxViewTest extends GermanUiTest {

    @Autowired
    MessageService messages;
    @Autowired
    OfficeService offices;

    @SuppressWarnings("unchecked")
    private Grid<MessageSummary> grid() {
        return $view(Grid.class).single();
    }

    private List<String> references() {
        Grid<MessageSummary> grid = grid();
        return java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).reference()).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeamSeesOnlyItsOwnOfficesMessagesEvenWhenTheUrlNamesAnother() {
        String ours = messages.send(MessageServiceTest.request("brackel-aplerbeck")).reference();
        String theirs = messages.send(MessageServiceTest.request("mengede-huckarde")).reference();
        long mengede = offices.findBySlug("mengede-huckarde").orElseThrow().id();

        InboxViewTestSupport.open(mengede);

        Select<OfficeRef> picker = $view(Select.class).withLabel("Büro").single();
        assertThat(picker.getListDataView().getItems().map(OfficeRef::name)).containsExactly("Brackel/Aplerbeck");
        assertThat(references()).contains(ours).doesNotContain(theirs);
    }

    @Test
    void aMessageOpensWithItsLanguageAndTheTeamAddsANoteAndClosesIt() {
        String reference = messages.send(MessageServiceTest.request("brackel-aplerbeck")).reference();
        navigate(InboxView.class);
        Grid<MessageSummary> grid = grid();
        int row = references().indexOf(reference);
        assertThat(test(grid).getCellText(row, 3)).isEqualTo("العربية");
        test(grid).clickRow(row);

        Dialog dialog = $(Dialog.class).single();
        assertThat($(Paragraph.class, dialog).all().stream().map(Paragraph::getText))
                .contains("Antwort bitte auf: العربية", "Die Heizung in der Wohnung meiner Mieterin ist kaputt.",
                        "Kontakt: Amal · 0231 123456 · amal@example.com");
        test($(TextArea.class, dialog).single()).setValue("Vermieterin zurückgerufen.");
        test($(Button.class, dialog).withText("Notiz speichern").single()).click();
        assertThat($(com.vaadin.flow.component.html.ListItem.class, dialog).all().stream().map(l -> l.getText()))
                .anyMatch(t -> t.startsWith("Team Brackel/Aplerbeck · ") && t.endsWith(": Vermieterin zurückgerufen."));
    }
}
