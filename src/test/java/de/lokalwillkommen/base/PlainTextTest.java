package de.lokalwillkommen.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void nulAndOtherControlCharactersAreFoundButTabsAndLineBreaksAreText() {
        assertThat(PlainText.hasControlCharacters("Hallo\u0000")).isTrue();
        assertThat(PlainText.hasControlCharacters(null, "ok", "\u001b[31m")).isTrue();
        assertThat(PlainText.hasControlCharacters("\u0085")).isTrue();
        assertThat(PlainText.hasControlCharacters("Zeile 1\r\nZeile 2\tEnde", null, "مرحبا")).isFalse();
    }
}
