package de.lokalwillkommen.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.home.ui.StartView;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LanguageSwitcherTest extends GermanUiTest {

    @Autowired
    Languages languages;


    @SuppressWarnings("unchecked")
    private NativeSelect<Language> switcher() {
        return $(NativeSelect.class).withClassName("lw-language-switcher").single();
    }

    @Test
    void offersEveryConfiguredLanguageEachNamedInItself() {
        navigate(StartView.class);
        assertThat(switcher().getItems().stream().map(Language::name))
                .contains("Deutsch", "العربية", "Українська", "ትግርኛ").hasSize(languages.all().size());
    }

    @Test
    void switchingToArabicTranslatesThePageAndTurnsItRightToLeft() {
        navigate(StartView.class);
        Language arabic = switcher().getItems().stream().filter(l -> l.code().equals("ar")).findFirst().orElseThrow();
        test(switcher()).selectItem(arabic.name());
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.forLanguageTag("ar"));
        assertThat(uiLanguage.direction(UI.getCurrent())).isEqualTo(Direction.RIGHT_TO_LEFT);
        assertThat($view(H1.class).single().getText()).isNotEqualTo("Willkommen in Ihrem Stadtteil");
    }

    @Test
    void switchingBackToGermanTurnsThePageLeftToRight() {
        navigate(StartView.class);
        test(switcher()).selectItem("پښتو");
        assertThat(uiLanguage.direction(UI.getCurrent())).isEqualTo(Direction.RIGHT_TO_LEFT);
        test(switcher()).selectItem("Deutsch");
        assertThat(uiLanguage.direction(UI.getCurrent())).isEqualTo(Direction.LEFT_TO_RIGHT);
        assertThat($view(H1.class).single().getText()).isEqualTo("Willkommen in Ihrem Stadtteil");
    }
}
