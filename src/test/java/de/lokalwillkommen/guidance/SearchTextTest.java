package de.lokalwillkommen.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void latinIgnoresCaseAndDiacritics() {
        assertThat(SearchText.fold("Mülltrennung")).isEqualTo("mulltrennung");
        assertThat(SearchText.fold("STRAßE")).isEqualTo("strasse");
        assertThat(SearchText.fold("Românește Français Türkçe")).isEqualTo("romaneste francais turkce");
    }

    @Test
    void arabicIgnoresVowelMarksTatweelAndAlefForms() {
        // مَدْرَسَة with harakat, the same word plain, and with tatweel
        assertThat(SearchText.fold("مَدْرَسَة")).isEqualTo(SearchText.fold("مدرسة"));
        assertThat(SearchText.fold("مـدرسـة")).isEqualTo(SearchText.fold("مدرسة"));
        assertThat(SearchText.fold("أسرة")).isEqualTo(SearchText.fold("اسرة"));
        assertThat(SearchText.fold("إقامة")).isEqualTo(SearchText.fold("اقامه"));
        assertThat(SearchText.fold("آمن")).isEqualTo(SearchText.fold("امن"));
        assertThat(SearchText.fold("ٱلطوارئ")).isEqualTo(SearchText.fold("الطوارئ"));
        assertThat(SearchText.fold("مستشفى")).isEqualTo(SearchText.fold("مستشفي"));
    }

    @Test
    void farsiAndArabicLettersTypedEitherWayMatch() {
        assertThat(SearchText.fold("کودکستان")).isEqualTo(SearchText.fold("كودكستان"));
        assertThat(SearchText.fold("بیمه")).isEqualTo(SearchText.fold("بيمه"));
        assertThat(SearchText.fold("می\u200cخواهم")).isEqualTo(SearchText.fold("میخواهم"));
    }

    @Test
    void cyrillicIgnoresCaseAndDiaeresis() {
        assertThat(SearchText.fold("ЖИТЛО")).isEqualTo("житло");
        assertThat(SearchText.fold("Їжа")).isEqualTo(SearchText.fold("іжа"));
        assertThat(SearchText.fold("ёлка")).isEqualTo("елка");
    }

    @Test
    void aQueryIsSplitIntoFoldedWords() {
        assertThat(SearchText.words("  Müll, TRENNEN! ")).containsExactly("mull", "trennen");
        assertThat(SearchText.words("?!")).isEmpty();
        assertThat(SearchText.index("Die Mülltonne")).isEqualTo(" die mulltonne ");
    }
}
