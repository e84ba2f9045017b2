package de.lokalwillkommen.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BarChartSvgTest {

    @Test
    void barsAreSizedInPercentOfTheLargestAndGrowFromTheRightInRightToLeft() {
        String ltr = de.lokalwillkommen.figures.ui.BarChartAccess.svg(false, "Wohnen", 40, "Arbeit", 20);
        assertThat(ltr).contains("width=\"100%\"", "x=\"0\" y=\"20\" width=\"85.00%\"", "width=\"42.50%\"",
                "direction=\"ltr\"", ">Wohnen<", "aria-hidden=\"true\"");

        String rtl = de.lokalwillkommen.figures.ui.BarChartAccess.svg(true, "السكن", 40, "العمل", 20);
        assertThat(rtl).contains("direction=\"rtl\"", "x=\"15.00%\" y=\"20\"", "x=\"57.50%\" y=\"64\"", "x=\"100%\"");
    }

    @Test
    void labelsAreEscaped() {
        assertThat(de.lokalwillkommen.figures.ui.BarChartAccess.svg(false, "<script>", 1, "a&b", 1))
                .contains("&lt;script&gt;", "a&amp;b").doesNotContain("<script>");
    }
}
