package de.lokalwillkommen.office.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.office.OfficeHours;
import de.lokalwillkommen.office.OfficeService;
import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The office page shows the hours the booking feature plans, with the outreach hour and next dates. */
class OfficeHoursPageTest extends GermanUiTest {

    @Autowired
    OfficeService offices;

    private long luedo() {
        return offices.findBySlug("luetgendortmund").orElseThrow().id();
    }

    private static String plain(String text) {
        return text.replaceAll("[\u2066-\u2069]", "");
    }

    @Test
    void theOutreachHourInMartenIsEveryFourteenDaysWithItsNextDates() {
        List<OfficeHours> hours = offices.hours(luedo());
        OfficeHours marten = hours.stream().filter(OfficeHours::outreach).findFirst().orElseThrow();
        assertThat(marten.weekday()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(marten.everyWeeks()).isEqualTo(2);
        assertThat(marten.nextDates()).isNotEmpty().allSatisfy(d -> assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY));
        for (int i = 1; i < marten.nextDates().size(); i++) {
            assertThat(ChronoUnit.DAYS.between(marten.nextDates().get(i - 1), marten.nextDates().get(i))).isEqualTo(14);
        }
        assertThat(hours.stream().filter(h -> !h.outreach()).map(OfficeHours::weekday))
                .contains(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
    }

    @Test
    void theOfficePageShowsWhenWhereInWhichLanguagesAndTheNextDates() {
        navigate(OfficeView.class, "luetgendortmund");
        List<String> lines = $view(Span.class).all().stream().map(Span::getText).map(OfficeHoursPageTest::plain).toList();
        assertThat(lines).contains("Montag 10:00–12:00 Uhr · jede Woche", "Dienstag 10:00–12:00 Uhr · alle 2 Wochen", "Im Büro",
                "Sprachen: Deutsch");
        assertThat(lines).anyMatch(l -> l.startsWith("Außensprechstunde: Vereinsheim der Nachbarschaftshilfe „Marten aktiv“ e.V., In der Meile 1a"));
        assertThat(lines).anyMatch(l -> l.startsWith("Nächste Termine: Dienstag, "));
    }

    @Test
    void anOfficeWithoutHoursSaysSo() {
        navigate(OfficeView.class, "hoerde-hombruch");
        assertThat($view(com.vaadin.flow.component.html.Paragraph.class).all().stream()
                .map(p -> p.getText())).contains(
                        "Für dieses Büro sind noch keine Sprechzeiten eingetragen. Rufen Sie an oder schreiben Sie dem Team.");
    }
}
