package de.lokalwillkommen.poster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QrSvgTest {

    @Test
    void theSvgDecodesToTheUrlItWasMadeFor() throws Exception {
        String url = "https://willkommen.dortmund.de/book?office=brackel-aplerbeck";
        String svg = QrSvg.svg(url, "QR <code>");
        assertThat(QrDecoding.decode(svg)).isEqualTo(url);
        assertThat(svg).contains("aria-label=\"QR &lt;code&gt;\"").doesNotContain("<code>");
    }

    @Test
    void aDifferentUrlGivesADifferentCode() throws Exception {
        assertThat(QrDecoding.decode(QrSvg.svg("https://example.org/q/ABCDE", "")))
                .isEqualTo("https://example.org/q/ABCDE");
    }
}
