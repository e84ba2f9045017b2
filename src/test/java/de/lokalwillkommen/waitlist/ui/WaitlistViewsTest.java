package de.lokalwillkommen.waitlist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.EmailField;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.base.ui.NativeSelect;
import de.lokalwillkommen.booking.Topic;
import de.lokalwillkommen.booking.ui.BookView;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.waitlist.WaitlistEntry;
import de.lokalwillkommen.waitlist.WaitlistService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Joining from "no free time" and the personal waitlist page, as a newcomer takes them, in German. */
class WaitlistViewsTest extends GermanUiTest {

    @Autowired
    WaitlistService waitlist;
    @Autowired
    OfficeService offices;
    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private <T> NativeSelect<T> select(String label) {
        return $view(NativeSelect.class).withCondition(s -> label.equals(s.getLabel())).single();
    }

    private void toNoFreeTimesInHoerde() {
        navigate(BookView.class);
        test(select("In welchem Stadtbezirk wohnen Sie?")).selectItem("Hörde");
        test(select("Worum geht es?")).selectItem("Gesundheit");
        test($view(Button.class).withText("Weiter").single()).click();
    }

    /** Follows a link with a query, as the browser would. */
    private static void open(String href) {
        String[] parts = href.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], com.vaadin.flow.router.QueryParameters.fromString(parts[1]));
    }

    private long hoerde() {
        return jdbc.queryForObject("select id from office where name = 'Hörde/Hombruch'", Long.class);
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively().replaceAll("[\u2066-\u2069]", "");
    }

    @Test
    void aNewcomerWithoutAFreeTimeJoinsTheWaitlistAndIsToldPlainlyThatItIsNoAppointment() {
        toNoFreeTimesInHoerde();
        Anchor join = $view(Anchor.class).withClassName("lw-waitlist-link").single();
        assertThat(join.getHref()).contains("topic=HEALTH");

        open(join.getHref());
        assertThat(getCurrentView()).isInstanceOf(JoinView.class);
        assertThat(text()).contains("Warteliste von Hörde/Hombruch");
        test($view(EmailField.class).single()).setValue("warte@example.org");
        test($view(Button.class).withId("waitlist-join").single()).click();

        assertThat(getCurrentView()).isInstanceOf(WaitlistView.class);
        assertThat(text()).contains("Sie stehen auf der Warteliste. Sie haben noch keinen Termin.")
                .contains("Zurzeit ist keine passende Zeit frei.");
        String token = ((WaitlistView) getCurrentView()).token();
        WaitlistEntry entry = waitlist.findByToken(token).orElseThrow();
        assertThat(entry.officeId()).isEqualTo(hoerde());
        assertThat(entry.topic()).isEqualTo(Topic.HEALTH);
        assertThat(entry.email()).isEqualTo("warte@example.org");
        waitlist.leave(token);
    }

    @Test
    void aMistypedAddressIsExplainedAtTheFieldAndNothingIsStored() {
        toNoFreeTimesInHoerde();
        open($view(Anchor.class).withClassName("lw-waitlist-link").single().getHref());
        Integer before = jdbc.queryForObject("select count(*) from waitlist_entry", Integer.class);
        EmailField email = $view(EmailField.class).single();
        test(email).setValue("kein-at");

        test($view(Button.class).withId("waitlist-join").single()).click();

        assertThat(getCurrentView()).isInstanceOf(JoinView.class);
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getValue()).isEqualTo("kein-at");
        assertThat(jdbc.queryForObject("select count(*) from waitlist_entry", Integer.class)).isEqualTo(before);
    }

    @Test
    void leavingFromThePersonalPageErasesTheEntryAndTheLinkSaysSo() {
        long hoerde = hoerde();
        WaitlistEntry entry = waitlist.join(new de.lokalwillkommen.waitlist.WaitlistRequest(hoerde, Topic.WORK, "ar",
                false, 1, de.lokalwillkommen.TestDays.today().plusDays(5), null, null, null));
        navigate("waitlist/" + entry.token(), WaitlistView.class);
        test($view(Button.class).withText("Warteliste verlassen").single()).click();
        test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single()).confirm();

        assertThat(waitlist.findByToken(entry.token())).isEmpty();
        assertThat(text()).contains("Kein Eintrag auf der Warteliste");
    }
}
