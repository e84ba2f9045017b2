package de.lokalwillkommen.office.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.office.OfficeHours;
import de.lokalwillkommen.office.OfficeService;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The office hours list as a Kurmanji reader sees it: weekday names from the bundle (the JDK has none for "kmr"
 * and used to print "Tue" and "2026 Nov 24"), dates in digits as configured, 24-hour ranges through time.range.
 */
class OfficeHoursInKurmanjiTest extends GermanUiTest {

    @Autowired
    OfficeService offices;

    @Test
    void theKurmanjiOfficeHoursListShowsBundleWeekdaysNumericDatesAndTwentyFourHourRanges() {
        UI ui = UI.getCurrent();
        uiLanguage.apply(ui, uiLanguage.languages().byCode("kmr").orElseThrow());
        ui.refreshCurrentRoute(true);
        navigate(OfficeView.class, "luetgendortmund");

        List<String> lines = $view(Span.class).all().stream().map(Span::getText)
                .map(t -> t.replaceAll("[\u2066-\u2069]", "")).toList();
        assertThat(lines).contains("Duşem 10:00–12:00 · her hefte", "Sêşem 10:00–12:00 · her 2 hefteyan carekê");
        String next = lines.stream().filter(l -> l.startsWith("Dîrokên bê: ")).findFirst().orElseThrow();
        assertThat(next).matches("Dîrokên bê: (Duşem|Sêşem|Çarşem|Pêncşem|În|Şemî|Yekşem), \\d{2}\\.\\d{2}\\.\\d{4}.*");
        for (OfficeHours hours : offices.hours(offices.findBySlug("luetgendortmund").orElseThrow().id())) {
            for (var day : hours.nextDates()) {
                assertThat(next).doesNotContain(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT))
                        .doesNotContain(day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            }
        }
    }
}
