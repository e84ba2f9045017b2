package de.lokalwillkommen.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import de.lokalwillkommen.GermanUiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NativeSelectTest extends GermanUiTest {

    private NativeSelect<String> select;
    private final List<Boolean> changesFromClient = new ArrayList<>();

    @BeforeEach
    void aSelectOnThePage() {
        select = new NativeSelect<>();
        select.setLabel("Stadtbezirk");
        select.setPlaceholder("Bitte wählen");
        select.setItems(List.of("Brackel", "Hörde", "<img src=x onerror=alert(1)>"));
        select.addValueChangeListener(e -> changesFromClient.add(e.isFromClient()));
        UI.getCurrent().add(select);
    }

    private Element nativeSelect() {
        return select.getElement().getChildren().filter(e -> e.getTag().equals("select")).findFirst().orElseThrow();
    }

    @Test
    void choosingAnOptionInTheBrowserSetsTheValueAsTheUsersChoice() {
        test(select).selectItem("Hörde");
        assertThat(select.getValue()).isEqualTo("Hörde");
        assertThat(changesFromClient).containsExactly(true);
    }

    @Test
    void aValueTheSelectNeverOfferedIsIgnored() {
        test(select).choose("7");
        test(select).choose("1; drop table");
        assertThat(select.getValue()).isNull();
        assertThat(changesFromClient).isEmpty();
    }

    @Test
    void optionTextsAreEscapedSoNoMarkupReachesThePage() {
        String options = nativeSelect().getProperty("innerHTML");
        assertThat(options).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img");
    }

    @Test
    void thePlaceholderIsShownUntilSomethingIsChosenAndCannotBeChosen() {
        assertThat(nativeSelect().getProperty("innerHTML")).startsWith("<option value=\"\" disabled selected>Bitte wählen");
        select.setValue("Brackel");
        assertThat(nativeSelect().getProperty("value")).isEqualTo("0");
    }

    @Test
    void aRefusalIsShownBelowTheSelectAndMarksItInvalid() {
        select.setErrorMessage("Bitte wählen Sie einen Stadtbezirk.");
        select.setInvalid(true);
        Element error = select.getElement().getChildren().filter(e -> e.getClassList().contains("lw-native-select-error"))
                .findFirst().orElseThrow();
        assertThat(error.getProperty("innerHTML")).isEqualTo("Bitte wählen Sie einen Stadtbezirk.");
        assertThat(nativeSelect().getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void theLabelBelongsToTheSelect() {
        Element label = select.getElement().getChildren().filter(e -> e.getTag().equals("label")).findFirst().orElseThrow();
        assertThat(label.getAttribute("for")).isEqualTo(nativeSelect().getAttribute("id"));
        assertThat(label.getProperty("innerHTML")).isEqualTo("Stadtbezirk");
    }
}
