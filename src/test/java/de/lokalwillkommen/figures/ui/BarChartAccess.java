package de.lokalwillkommen.figures.ui;

import java.util.List;

/** Opens the package-private chart to the figures tests. */
public final class BarChartAccess {

    private BarChartAccess() {
    }

    public static String svg(boolean rtl, String firstLabel, long first, String secondLabel, long second) {
        return BarChart.svg(List.of(new BarChart.Bar(firstLabel, first, String.valueOf(first)),
                new BarChart.Bar(secondLabel, second, String.valueOf(second))), rtl);
    }
}
