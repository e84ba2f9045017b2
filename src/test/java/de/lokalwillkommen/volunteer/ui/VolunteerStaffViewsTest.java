package de.lokalwillkommen.volunteer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.volunteer.MatchingService;
import de.lokalwillkommen.volunteer.NeedDetails;
import de.lokalwillkommen.volunteer.OfferDetails;
import de.lokalwillkommen.volunteer.QueueFilter;
import de.lokalwillkommen.volunteer.VolunteerService;
import de.lokalwillkommen.volunteer.VolunteerStatus;
import de.lokalwillkommen.volunteer.HelpType;
import de.lokalwillkommen.volunteer.LanguageLevel;
import de.lokalwillkommen.volunteer.OfferRequest;
import de.lokalwillkommen.volunteer.PartOfDay;
import de.lokalwillkommen.volunteer.Rhythm;
import de.lokalwillkommen.volunteer.SpokenLanguage;
import de.lokalwillkommen.volunteer.TimeSlot;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The review queue, a volunteer's page and the matching view, as the Brackel/Aplerbeck team uses them. */
class VolunteerStaffViewsTest extends GermanUiTest {

    @Autowired
    VolunteerService volunteers;
    @Autowired
    MatchingService matching;
    @Autowired
    OfficeService offices;

    private static String text(Component component) {
        return component.getElement().getTextRecursively().replaceAll("[\u2066-\u2069]", "");
    }

    private List<String> cardTitles() {
        return $view(Div.class).withClassName("lw-volunteer-card-title").all().stream().map(VolunteerStaffViewsTest::text)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String label) {
        return $view(Select.class).withLabel(label).single();
    }

    @Test
    @WithUserDetails("brackel")
    void theQueueShowsTheTeamsVolunteersNewOnesFirstAndFiltersByLanguage() {
        navigate(VolunteerQueueView.class);
        assertThat($view(H1.class).single().getText()).isEqualTo("Freiwillige");
        assertThat(cardTitles()).anyMatch(t -> t.startsWith("Samira Haddad")).noneMatch(t -> t.startsWith("Olena"))
                .noneMatch(t -> t.startsWith("Klaus Wagner"));
        assertThat(cardTitles().getFirst()).endsWith("neu");

        test(select("Sprache")).selectItem("Persisch (\u2068فارسی\u2069)");
        assertThat(cardTitles()).anyMatch(t -> t.startsWith("Mariam Ahmadi")).noneMatch(t -> t.startsWith("Samira"));
        test(select("Art der Hilfe")).selectItem("Praktische Hilfe, z. B. beim Umzug oder mit Fahrrädern");
        assertThat(cardTitles()).isEmpty();
    }

    @Test
    @WithUserDetails("brackel")
    void aVolunteersPageOffersOnlyTheAllowedNextStepsAndMovesAlong() {
        OfferDetails mariam = volunteers.register(new OfferRequest("Mariam Karimi", "mk-" + UUID.randomUUID()
                + "@example.org", null, Set.of(HelpType.ACCOMPANYING), null,
                List.of(new SpokenLanguage("fa", LanguageLevel.NATIVE, true)), Set.of(), true,
                Set.of(new TimeSlot(DayOfWeek.FRIDAY, PartOfDay.MORNING)), Rhythm.REGULAR, de.lokalwillkommen.TestDays.today(), null, null,
                true, "fa", UUID.randomUUID().toString(), null));
        volunteers.changeStatus(mariam.id(), VolunteerStatus.IN_CONVERSATION);
        navigate(VolunteerDetailView.class, mariam.id());
        assertThat($view(Button.class).all().stream().map(Button::getText)).contains("Aktiv setzen", "Beenden")
                .doesNotContain("Gespräch beginnen", "Pausieren");

        test($view(Button.class).withText("Aktiv setzen").single()).click();

        assertThat(volunteers.offer(mariam.id()).status()).isEqualTo(VolunteerStatus.ACTIVE);
        assertThat($view(Button.class).all().stream().map(Button::getText)).contains("Pausieren", "Beenden")
                .doesNotContain("Aktiv setzen");
        test($view(Button.class).withText("Pausieren").single()).click();
        test($view(Button.class).withText("Aktiv setzen").single()).click();
    }

    @Test
    @WithUserDetails("brackel")
    void theDuplicateRegistrationOfTheDemoIsOfferedForMerging() {
        OfferDetails jonas = volunteers.queue(QueueFilter.all().withStatus(VolunteerStatus.ACTIVE)).stream()
                .filter(o -> "Jonas Becker".equals(o.name())).findFirst().orElseThrow();
        navigate(VolunteerDetailView.class, jonas.id());
        assertThat($view(com.vaadin.flow.component.html.H2.class).all().stream().map(h -> h.getText()))
                .contains("Mögliche doppelte Meldungen (gleiche E-Mail oder Telefonnummer)");
        assertThat($view(Button.class).withText("Hier zusammenlegen").all()).hasSize(1);
    }

    @Test
    @WithUserDetails("brackel")
    void theMatchingViewRanksVolunteersWithTheirReasonsAndConfirmsAMatch() {
        NeedDetails need = matching.needs(offices.officeRefs().stream().filter(o -> o.name().equals("Brackel/Aplerbeck"))
                .findFirst().orElseThrow().id()).stream().filter(n -> n.description().startsWith("Zwei gespendete"))
                .findFirst().orElseThrow();
        navigate(MatchingView.class, need.id());

        List<String> titles = cardTitles();
        assertThat(titles.getFirst()).startsWith("Peter Schulte");
        List<String> reasons = $view(ListItem.class).all().stream().map(VolunteerStaffViewsTest::text).toList();
        assertThat(reasons).contains("+40 bietet Praktische Hilfe, z. B. beim Umzug oder mit Fahrrädern an",
                "+25 hilft in Aplerbeck");

        Div peter = $view(Div.class).withClassName("lw-volunteer-card").all().stream()
                .filter(card -> text(card).startsWith("Peter Schulte")).findFirst().orElseThrow();
        test(find(Button.class, peter).withText("Vermitteln").single()).click();

        assertThat(matching.matchesOf(need.id())).singleElement()
                .satisfies(m -> assertThat(m.volunteerName()).isEqualTo("Peter Schulte"));
        assertThat($view(Button.class).withText("Vermittlung beenden").all()).hasSize(1);
        test($view(Button.class).withText("Vermittlung beenden").single()).click();
    }

    @Test
    @WithUserDetails("brackel")
    void theStaffMenuListsTheVolunteeringPages() {
        navigate(VolunteerQueueView.class);
        assertThat($(SideNavItem.class).all().stream().map(SideNavItem::getLabel))
                .contains("Freiwillige", "Bedarfe", "Dolmetschen");
        assertThat($view(RouterLink.class).all()).isNotEmpty();
    }
}
