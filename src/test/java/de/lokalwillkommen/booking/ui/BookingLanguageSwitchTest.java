package de.lokalwillkommen.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.ui.NativeSelect;
import de.lokalwillkommen.booking.Topic;
import org.junit.jupiter.api.Test;

/** Switching the language rebuilds the page; nothing chosen or typed may get lost on the way. */
class BookingLanguageSwitchTest extends BookingUiTest {

    @SuppressWarnings("unchecked")
    private void switchTo(String languageName) {
        NativeSelect<Language> switcher = $(NativeSelect.class).withClassName("lw-language-switcher").single();
        test(switcher).selectItem(languageName);
    }

    private ChoicesForm choices() {
        return $view(ChoicesForm.class).single();
    }

    @Test
    void switchingTheLanguageInTheFirstStepKeepsDistrictTopicLanguagePersonsAndInterpreter() {
        navigate(BookView.class);
        test(select("In welchem Stadtbezirk wohnen Sie?")).selectItem("Brackel");
        test(select("Worum geht es?")).selectItem("Wohnen");
        test(select("In welcher Sprache möchten Sie sprechen?")).selectItem("العربية");
        test(select("Wie viele Personen kommen?")).selectItem("3");
        test($view(Checkbox.class).single()).click();

        switchTo("English");

        assertThat($view(H2.class).first().getText()).isEqualTo("Step 1 of 3: What you need");
        NativeSelect<DistrictChoice> district = select("Which district do you live in?");
        NativeSelect<Topic> topic = select("What is it about?");
        assertThat(district.getValue().district()).isEqualTo("Brackel");
        assertThat(topic.getValue()).isEqualTo(Topic.HOUSING);
        assertThat(select("How many people are coming?").getValue()).isEqualTo(3);
        assertThat($view(NativeSelect.class).all()).extracting(NativeSelect::getValue).contains("ar");
        assertThat($view(Checkbox.class).single().getValue()).isTrue();
        assertThat(choices().isComplete()).isTrue();
    }

    @Test
    void switchingTheLanguageInTheLastStepKeepsTheChosenTimeAndWhatWasTyped() {
        chooseBrackelAndGoOn();
        test(firstTime()).click();
        fill("Ihr Name oder Ihre Initialen", "Amal Haddad");
        fill("Telefon (freiwillig)", "0231 123456");

        switchTo("العربية");

        assertThat($view(H2.class).first().getText()).isEqualTo($view(H2.class).first().getTranslation("book.step3"))
                .isNotEqualTo("Schritt 3 von 3: Ihre Angaben");
        assertThat($view(TextField.class).all()).extracting(TextField::getValue)
                .containsExactly("Amal Haddad", "0231 123456");
        assertThat($view(ChosenTime.class).all()).hasSize(1);

        switchTo("Deutsch");
        click("Andere Zeit wählen");
        assertThat($view(H2.class).first().getText()).isEqualTo("Schritt 2 von 3: Zeit wählen");
    }
}
