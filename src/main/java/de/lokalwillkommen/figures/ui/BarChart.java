package de.lokalwillkommen.figures.ui;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A horizontal bar chart as SVG, drawn on the server: one row per category, its label above the bar and the value
 * at the bar's end. Bars are sized in percent of the width, text in pixels, so it stays readable on a 360 px phone;
 * in right-to-left languages bars grow from the right and labels start there. The table beside it carries the same
 * numbers for screen readers, so the picture itself is hidden from them.
 */
final class BarChart {

    record Bar(String label, long value, String shown) {
    }

    static final int ROW = 44;

    private BarChart() {
    }

    static String svg(List<Bar> bars, boolean rtl) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int height = Math.max(ROW, bars.size() * ROW);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lw-ops-chart\" width=\"100%\"")
                .append(" height=\"").append(height).append("\" aria-hidden=\"true\" focusable=\"false\"")
                .append(" direction=\"").append(rtl ? "rtl" : "ltr").append("\">");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int top = i * ROW;
            double share = 85.0 * bar.value() / max;
            String x = rtl ? String.format(java.util.Locale.ROOT, "%.2f%%", 100 - share) : "0";
            String labelX = rtl ? "100%" : "0";
            svg.append("<text class=\"lw-ops-chart-label\" x=\"").append(labelX).append("\" y=\"").append(top + 14)
                    .append("\" text-anchor=\"start\">").append(HtmlUtils.htmlEscape(bar.label())).append("</text>");
            svg.append("<rect class=\"lw-ops-chart-bar\" x=\"").append(x).append("\" y=\"").append(top + 20)
                    .append("\" width=\"").append(String.format(java.util.Locale.ROOT, "%.2f%%", share))
                    .append("\" height=\"16\" rx=\"3\"></rect>");
            String valueX = rtl ? String.format(java.util.Locale.ROOT, "%.2f%%", Math.max(0, 100 - share - 1))
                    : String.format(java.util.Locale.ROOT, "%.2f%%", share + 1);
            svg.append("<text class=\"lw-ops-chart-value\" x=\"").append(valueX).append("\" y=\"").append(top + 33)
                    .append("\" text-anchor=\"start\">").append(HtmlUtils.htmlEscape(bar.shown())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }
}
