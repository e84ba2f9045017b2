package de.lokalwillkommen.office.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.office.DistrictRef;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.office.OfficeSummary;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("koordination")
class OfficeAdminViewTest extends GermanUiTest {

    @Autowired
    OfficeService offices;

    private TextField field(String label) {
        return $(TextField.class).all().stream().filter(f -> label.equals(f.getLabel())).findFirst().orElseThrow();
    }

    private Button button(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsTheOffices() {
        navigate(OfficeAdminView.class);
        Grid<OfficeSummary> grid = $view(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(offices.listOffices().size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void refusesAnOfficeWithoutNameOrDistrictAndKeepsWhatWasTyped() {
        int before = offices.listOffices().size();
        navigate(OfficeAdminView.class);
        test(button("Neu")).click();
        test(field("Telefon")).setValue("keine Nummer");
        test(button("Speichern")).click();
        assertThat(field("Name").isInvalid()).isTrue();
        assertThat(field("Telefon").isInvalid()).isTrue();
        assertThat(field("Telefon").getErrorMessage()).startsWith("Bitte eine Telefonnummer");
        assertThat(field("Telefon").getValue()).isEqualTo("keine Nummer");
        assertThat(offices.listOffices()).hasSize(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void savesANewOfficeForAnInnerCityDistrict() {
        navigate(OfficeAdminView.class);
        test(button("Neu")).click();
        test(field("Name")).setValue("Innenstadt-Nord");
        test(field("Ort")).setValue("Dortmund");
        MultiSelectComboBox<DistrictRef> districts = $(MultiSelectComboBox.class).all().stream()
                .filter(c -> "Stadtbezirke".equals(c.getLabel())).findFirst().orElseThrow();
        DistrictRef nord = offices.listDistricts().stream().filter(d -> d.name().equals("Innenstadt-Nord")).findFirst().orElseThrow();
        districts.setValue(Set.of(nord));
        test(button("Speichern")).click();
        assertThat(offices.findBySlug("innenstadt-nord")).hasValueSatisfying(o ->
                assertThat(o.districts()).containsExactly("Innenstadt-Nord"));
    }
}
