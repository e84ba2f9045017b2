package de.lokalwillkommen.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.figures.FigureQuery;
import de.lokalwillkommen.base.figures.FigureTable;
import de.lokalwillkommen.office.OfficeService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AppTest
class VolunteerFiguresTest {

    @Autowired
    VolunteerFigures figures;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    OfficeService offices;

    private final LocalDate today = de.lokalwillkommen.TestDays.today();

    private long count(FigureQuery query, HelpType type, int column) {
        FigureTable table = figures.tables(query).getFirst();
        return table.rows().stream().filter(r -> r.getFirst().equals(new FigureTable.Key("volunteer.help." + type.name())))
                .map(r -> (Long) r.get(column)).findFirst().orElseThrow();
    }

    @Test
    void aNewOfferCountsForItsKindOfHelpAndStillCountsOnceWithdrawalHasErasedIt() {
        FigureQuery city = new FigureQuery(today.minusDays(1), today.plusDays(1), Set.of(), true);
        long brackel = offices.findBySlug("brackel-aplerbeck").orElseThrow().id();
        FigureQuery team = new FigureQuery(today.minusDays(1), today.plusDays(1), Set.of(brackel), false);
        long before = count(city, HelpType.SPORT_LEISURE, 1);
        long beforeForTheTeam = count(team, HelpType.SPORT_LEISURE, 1);

        OfferDetails offer = volunteers.register(new OfferRequest("Karim Saleh", "karim-" + UUID.randomUUID()
                + "@example.org", null, Set.of(HelpType.SPORT_LEISURE), null,
                List.of(new SpokenLanguage("ar", LanguageLevel.NATIVE, false)), Set.of(), true,
                Set.of(new TimeSlot(DayOfWeek.SATURDAY, PartOfDay.MORNING)), Rhythm.REGULAR, today, null, null, true,
                "ar", UUID.randomUUID().toString(), null));

        assertThat(count(city, HelpType.SPORT_LEISURE, 1)).isEqualTo(before + 1);
        assertThat(count(team, HelpType.SPORT_LEISURE, 1)).as("an offer for the whole city counts for every team")
                .isEqualTo(beforeForTheTeam + 1);
        volunteers.withdrawByToken(offer.manageToken());
        assertThat(count(city, HelpType.SPORT_LEISURE, 1)).isEqualTo(before + 1);
    }
}
