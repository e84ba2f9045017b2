package de.lokalwillkommen.figures.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.OfficeDirectory;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.figures.FigureTable;
import de.lokalwillkommen.base.i18n.LocalFormats;
import de.lokalwillkommen.base.i18n.UiLanguage;
import de.lokalwillkommen.base.security.CurrentStaff;
import de.lokalwillkommen.base.security.SignedInStaff;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.figures.FigureReport;
import de.lokalwillkommen.figures.FiguresCsv;
import de.lokalwillkommen.figures.FiguresService;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The figures for the city: pick a period (this or last quarter, this year, or any days) and, for the coordination,
 * an office; every table has its chart beside it and a CSV download, and all tables come as one ZIP.
 */
@Route(value = "staff/figures", layout = StaffLayout.class)
@PermitAll
public class FiguresView extends Composite<VerticalLayout> implements HasDynamicTitle {

    private final FiguresService figures;
    private final UiLanguage uiLanguage;
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<Long> office = new Select<>();
    private final Div results = new Div();
    private final LocalDate today;

    public FiguresView(FiguresService figures, CurrentStaff currentStaff, OfficeDirectory offices,
            UiLanguage uiLanguage, MunicipalityProperties municipality, Clock clock) {
        this.figures = figures;
        this.uiLanguage = uiLanguage;
        this.today = municipality.now(clock).toLocalDate();
        SignedInStaff staff = currentStaff.get().orElseThrow();
        from.setLabel(getTranslation("figures.from"));
        to.setLabel(getTranslation("figures.to"));
        office.setLabel(getTranslation("figures.office"));
        office.setEmptySelectionAllowed(true);
        office.setEmptySelectionCaption(getTranslation(staff.isAdmin() ? "figures.allOffices" : "figures.myOffices"));
        office.setItems(offices.contacts().stream().map(OfficeDirectory.OfficeContact::id)
                .filter(staff::mayActFor).toList());
        office.setItemLabelGenerator(id -> id == null ? getTranslation(staff.isAdmin() ? "figures.allOffices"
                : "figures.myOffices") : offices.officeName(id).orElse("#" + id));
        LocalDate quarterStart = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        Div periods = new Div(
                period("figures.lastQuarter", quarterStart.minusMonths(3), quarterStart.minusDays(1)),
                period("figures.thisQuarter", quarterStart, today),
                period("figures.thisYear", today.withDayOfYear(1), today),
                period("figures.lastYear", today.withDayOfYear(1).minusYears(1), today.withDayOfYear(1).minusDays(1)));
        periods.addClassName("lw-ops-periods");
        Button show = new Button(getTranslation("figures.show"), e -> show());
        Div form = new Div(from, to, office, show);
        form.addClassName("lw-ops-filter");
        results.addClassName("lw-ops-results");
        getContent().addClassName("lw-ops-page");
        getContent().add(new H1(getTranslation("figures.title")), new Paragraph(getTranslation("figures.intro")),
                periods, form, results);
        from.setValue(quarterStart.minusMonths(3));
        to.setValue(quarterStart.minusDays(1));
        show();
    }

    private Button period(String key, LocalDate start, LocalDate end) {
        return new Button(getTranslation(key), e -> {
            from.setValue(start);
            to.setValue(end);
            show();
        });
    }

    void show() {
        results.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            results.add(new Paragraph(getTranslation("figures.error.period")));
            return;
        }
        FigureReport report;
        try {
            report = figures.report(from.getValue(), to.getValue(), Optional.ofNullable(office.getValue()));
        } catch (UserFacingException refusal) {
            results.add(new Paragraph(getTranslation(refusal.messageKey(), refusal.args())));
            return;
        }
        Locale locale = getLocale();
        Div headline = new Div(card("figures.contacts", LocalFormats.number(report.contacts(), locale)),
                card("figures.persons", LocalFormats.number(report.persons(), locale)));
        headline.addClassName("lw-ops-cards");
        Anchor all = download(getTranslation("figures.downloadAll"), "lokal-willkommen-" + from.getValue() + "_"
                + to.getValue() + ".zip", "application/zip", report, null);
        results.add(headline, all);
        report.tables().forEach(table -> results.add(section(report, table)));
    }

    private Component card(String key, String value) {
        Span number = new Span(value);
        number.addClassName("lw-ops-card-number");
        Div card = new Div(number, new Span(getTranslation(key)));
        card.addClassName("lw-ops-card");
        return card;
    }

    private Component section(FigureReport report, FigureTable table) {
        Locale locale = getLocale();
        boolean rtl = uiLanguage.direction(UI.getCurrent()) == com.vaadin.flow.component.Direction.RIGHT_TO_LEFT;
        List<BarChart.Bar> bars = table.rows().stream().map(row -> {
            Object value = row.get(table.chartColumn());
            long amount = value instanceof Number n ? n.longValue() : 0;
            return new BarChart.Bar(text(row.getFirst()), amount, text(value, locale));
        }).toList();
        Html chart = new Html("<div class=\"lw-ops-chart-box\">" + BarChart.svg(bars, rtl) + "</div>");
        Div pair = new Div(chart, table(table, locale));
        pair.addClassName("lw-ops-pair");
        Anchor csv = download(getTranslation("figures.downloadCsv"), table.id() + "_" + from.getValue() + "_"
                + to.getValue() + ".csv", "text/csv;charset=UTF-8", report, table);
        Div section = new Div(new H2(getTranslation(table.titleKey())), pair, csv);
        section.addClassName("lw-ops-section");
        return section;
    }

    private Component table(FigureTable table, Locale locale) {
        Element element = new Element("table");
        element.setAttribute("class", "lw-ops-table");
        Element head = new Element("tr");
        table.columnKeys().forEach(key -> head.appendChild(new Element("th").setAttribute("scope", "col")
                .setText(getTranslation(key))));
        element.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (List<Object> row : table.rows()) {
            Element line = new Element("tr");
            for (int i = 0; i < row.size(); i++) {
                line.appendChild(new Element(i == 0 ? "th" : "td").setText(text(row.get(i), locale)));
            }
            body.appendChild(line);
        }
        element.appendChild(body);
        Div wrapper = new Div();
        wrapper.addClassName("lw-ops-table-box");
        // A wide table scrolls sideways on a phone: the scroll box must be reachable by keyboard, and named.
        wrapper.getElement().setAttribute("tabindex", "0");
        wrapper.getElement().setAttribute("role", "region");
        wrapper.getElement().setAttribute("aria-label", getTranslation(table.titleKey()));
        wrapper.getElement().appendChild(element);
        return wrapper;
    }

    private String text(Object cell) {
        return text(cell, getLocale());
    }

    private String text(Object cell, Locale locale) {
        return switch (cell) {
            case FigureTable.Key label -> getTranslation(label.key());
            case Double share -> LocalFormats.percent(share, locale);
            case Long number -> LocalFormats.number(number, locale);
            default -> String.valueOf(cell);
        };
    }

    private Anchor download(String label, String filename, String type, FigureReport report, FigureTable table) {
        Locale locale = getLocale();
        UI ui = UI.getCurrent();
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = table == null
                    ? FiguresCsv.zip(report.tables(), locale, key -> ui.getTranslation(locale, key))
                    : FiguresCsv.of(table, locale, key -> ui.getTranslation(locale, key));
            figures.exported(report.query(), table == null ? "all tables" : table.id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), filename, type, bytes.length);
        }), label);
        anchor.addClassName("lw-ops-download");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("figures.title") + " – " + getTranslation("app.name");
    }
}
