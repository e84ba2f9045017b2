package de.lokalwillkommen.finder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.Paragraph;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.finder.FinderHit;
import de.lokalwillkommen.finder.StreetImport;
import de.lokalwillkommen.finder.StreetSample;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class FinderViewTest extends GermanUiTest {

    @Autowired
    StreetImport streetImport;

    @SuppressWarnings("unchecked")
    private ComboBox<FinderHit> search() {
        return $view(ComboBox.class).single();
    }

    private List<String> officeLinks() {
        return $view(RouterLink.class).all().stream().map(RouterLink::getText).filter(t -> t.startsWith("Büro ")).toList();
    }

    private List<String> texts() {
        return $view(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }

    @Test
    void aPostcodeLeadsToTheDistrictAndItsOffice() {
        navigate(FinderView.class);
        test(search()).setFilter("44357");
        assertThat(test(search()).getSuggestions()).containsExactly("44357 – Mengede");
        test(search()).selectItem("44357 – Mengede");

        assertThat(texts()).contains("44357 liegt im Stadtbezirk Mengede. Ihr Büro:");
        assertThat(officeLinks()).containsExactly("Büro Mengede/Huckarde");
    }

    @Test
    void anAmbiguousPostcodeShowsEveryCandidateOfficeToChooseFrom() {
        navigate(FinderView.class);
        test(search()).setFilter("44379");
        test(search()).selectItem("44379 – Huckarde, Lütgendortmund");

        assertThat(texts()).contains("44379 liegt in mehreren Stadtbezirken. Bitte wählen Sie das Büro für Ihren Stadtbezirk:",
                "Stadtbezirk Huckarde", "Stadtbezirk Lütgendortmund");
        assertThat(officeLinks()).containsExactly("Büro Mengede/Huckarde", "Büro Lütgendortmund");
    }

    @Test
    @WithUserDetails("koordination")
    void aStreetPickedFromTheSuggestionsLeadsToItsOffice() {
        StreetSample.importInto(streetImport);
        navigate(FinderView.class);
        test(search()).setFilter("brackeler");
        test(search()).selectItem("Brackeler Hellweg, 44309 – Brackel");

        assertThat(officeLinks()).containsExactly("Büro Brackel/Aplerbeck");
    }

    @Test
    void aLinkWithAPostcodeShowsTheAnswerAndAnUnknownOneSaysSoPlainly() {
        UI.getCurrent().navigate(FinderView.class, QueryParameters.of("q", "44388"));
        assertThat(officeLinks()).containsExactly("Büro Mengede/Huckarde", "Büro Lütgendortmund");

        UI.getCurrent().navigate(FinderView.class, QueryParameters.of("q", "12345"));
        assertThat(officeLinks()).isEmpty();
        assertThat(texts()).anyMatch(t -> t.startsWith("Zu „12345“ haben wir nichts gefunden."));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAddressHoldsOnlyTheLatestSearchSoALanguageSwitchShowsThatOne() {
        navigate(FinderView.class);
        test(search()).setFilter("44357");
        test(search()).selectItem("44357 – Mengede");
        test(search()).setFilter("44379");
        test(search()).selectItem("44379 – Huckarde, Lütgendortmund");

        test($(de.lokalwillkommen.base.ui.NativeSelect.class).withClassName("lw-language-switcher").single())
                .selectItem("English");

        assertThat(texts()).anyMatch(t -> t.startsWith("44379")).noneMatch(t -> t.startsWith("44357"));
    }
}
