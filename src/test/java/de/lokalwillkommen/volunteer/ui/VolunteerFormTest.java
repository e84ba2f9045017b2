package de.lokalwillkommen.volunteer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.volunteer.HelpType;
import de.lokalwillkommen.volunteer.LanguageLevel;
import de.lokalwillkommen.volunteer.OfferDetails;
import de.lokalwillkommen.volunteer.PartOfDay;
import de.lokalwillkommen.volunteer.SpokenLanguage;
import de.lokalwillkommen.volunteer.TimeSlot;
import de.lokalwillkommen.volunteer.VolunteerService;
import java.time.DayOfWeek;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A volunteer offers help on a phone-sized page, in German, without an account, and later withdraws it. */
class VolunteerFormTest extends GermanUiTest {

    @Autowired
    VolunteerService volunteers;
    @Autowired
    JdbcTemplate jdbc;

    private void fill(String label, String value) {
        test($view(TextField.class).withLabel(label).single()).setValue(value);
    }

    @SuppressWarnings("unchecked")
    private <T> CheckboxGroup<T> group(String label) {
        return $view(CheckboxGroup.class).withLabel(label).single();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String label) {
        return $view(Select.class).withLabel(label).first();
    }

    private void send() {
        test($view(Button.class).withText("Hilfe anbieten").single()).click();
    }

    private Checkbox consent() {
        return $view(Checkbox.class).all().stream().filter(c -> c.getLabel().startsWith("Ich bin einverstanden"))
                .findFirst().orElseThrow();
    }

    /** Everything a complete offer needs except the given omissions. */
    private void fillTheForm(String name, String email) {
        navigate(VolunteerView.class);
        fill("Ihr Name", name);
        test($view(EmailField.class).single()).setValue(email);
        test(group("Sie können mehreres auswählen.")).selectItems("Hausaufgabenhilfe", "Dolmetschen");
        test(select("Wie gut?")).selectItem("Muttersprache oder fließend");
        test($view(Checkbox.class).withLabel("Ich dolmetsche diese Sprache").first()).click();
        test(group("In diesen Stadtbezirken")).selectItem("Brackel");
        test(group("Dienstag")).selectItem("Nachmittag");
    }

    @Test
    void aVolunteerOffersHelpAndLandsOnThePersonalPageWithAReference() {
        String email = "form-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        fillTheForm("Rania Mansour", email);
        test(consent()).click();
        send();

        assertThat(getCurrentView()).isInstanceOf(VolunteerOfferView.class);
        assertThat($view(H1.class).single().getText()).isEqualTo("Danke! Ihr Angebot ist angekommen");
        String reference = $view(Span.class).withClassName("lw-code").single().getText();
        OfferDetails stored = volunteers.findByToken(((VolunteerOfferView) getCurrentView()).token()).orElseThrow();
        assertThat(stored.reference()).isEqualTo(reference);
        assertThat(stored.name()).isEqualTo("Rania Mansour");
        assertThat(stored.email()).isEqualTo(email);
        assertThat(stored.helpTypes()).containsExactlyInAnyOrder(HelpType.HOMEWORK_HELP, HelpType.INTERPRETING);
        assertThat(stored.languages()).containsExactly(new SpokenLanguage("de", LanguageLevel.NATIVE, true));
        assertThat(stored.times()).containsExactly(new TimeSlot(DayOfWeek.TUESDAY, PartOfDay.AFTERNOON));
        assertThat($view(Paragraph.class).withClassName("lw-volunteer-notice").single().getText())
                .contains("erweitertes Führungszeugnis");
    }

    @Test
    void aWrongPhoneNumberAndAMissingConsentAreExplainedAndNothingTypedIsLost() {
        Long before = jdbc.queryForObject("select count(*) from volunteer_offer", Long.class);
        fillTheForm("Олена Коваль", "olena-form@example.org");
        fill("Telefon", "0231 abc");
        send();

        assertThat(getCurrentView()).isInstanceOf(VolunteerView.class);
        TextField phone = $view(TextField.class).withLabel("Telefon").single();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage())
                .isEqualTo("Bitte geben Sie eine Telefonnummer aus Ziffern ein, zum Beispiel 0231 123456.");
        assertThat(consent().isInvalid()).isTrue();
        assertThat(consent().getErrorMessage()).isEqualTo("Bitte stimmen Sie zu, damit wir Ihr Angebot speichern dürfen.");
        assertThat($view(TextField.class).withLabel("Ihr Name").single().getValue()).isEqualTo("Олена Коваль");
        assertThat(this.<HelpType>group("Sie können mehreres auswählen.").getValue())
                .containsExactlyInAnyOrder(HelpType.HOMEWORK_HELP, HelpType.INTERPRETING);
        assertThat(this.<PartOfDay>group("Dienstag").getValue()).containsExactly(PartOfDay.AFTERNOON);
        assertThat(jdbc.queryForObject("select count(*) from volunteer_offer", Long.class)).isEqualTo(before);

        fill("Telefon", "0231 123456");
        test(consent()).click();
        send();
        assertThat(getCurrentView()).as("sent once the number is right").isInstanceOf(VolunteerOfferView.class);
    }

    @Test
    void withoutEmailAndPhoneTheFormAsksForOneOfThem() {
        fillTheForm("Sami", "");
        test(consent()).click();
        send();
        EmailField email = $view(EmailField.class).single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an.");
    }

    @Test
    void theCertificateOfGoodConductIsExplainedOnlyWhenTheHelpInvolvesChildren() {
        navigate(VolunteerView.class);
        assertThat($view(Paragraph.class).withClassName("lw-volunteer-notice").exists()).isFalse();
        test(group("Sie können mehreres auswählen.")).selectItem("Sport und Freizeit");
        assertThat($view(Paragraph.class).withClassName("lw-volunteer-notice").exists()).isFalse();
        test(group("Sie können mehreres auswählen.")).selectItem("Kinderbetreuung bei Veranstaltungen");
        assertThat($view(Paragraph.class).withClassName("lw-volunteer-notice").single().getText())
                .contains("erweitertes Führungszeugnis", "Bürgeramt");
    }

    @Test
    void theVolunteerWithdrawsOnThePersonalPageAndTheDataIsGone() {
        OfferDetails offer = volunteers.register(new de.lokalwillkommen.volunteer.OfferRequest("Milan Petrović",
                "milan-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org", null,
                java.util.Set.of(HelpType.PRACTICAL), null, java.util.List.of(new SpokenLanguage("sr",
                        LanguageLevel.NATIVE, false)), java.util.Set.of(), true,
                java.util.Set.of(new TimeSlot(DayOfWeek.SATURDAY, PartOfDay.MORNING)),
                de.lokalwillkommen.volunteer.Rhythm.ONE_OFF, de.lokalwillkommen.TestDays.today(), null, null, true, "de",
                UUID.randomUUID().toString(), null));
        navigate(VolunteerOfferView.class, offer.manageToken());
        assertThat($view(Paragraph.class).all().stream().map(Paragraph::getText)).anyMatch(t -> t.contains("Milan Petrović"));

        test($view(Button.class).withText("Angebot zurückziehen und Daten löschen").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat($view(H1.class).single().getText()).isEqualTo("Ihr Angebot ist zurückgezogen");
        assertThat(jdbc.queryForObject("select name from volunteer_offer where id = ?", String.class, offer.id())).isNull();
        navigate(VolunteerOfferView.class, offer.manageToken());
        assertThat($view(H1.class).single().getText()).as("the link later still says what happened")
                .isEqualTo("Ihr Angebot ist zurückgezogen");
        assertThat($view(Paragraph.class).all().stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Sie haben dieses Angebot am ") && t.endsWith(" zurückgezogen."))
                .contains("Ihre persönlichen Daten sind gelöscht. Danke, dass Sie helfen wollten!")
                .noneMatch(t -> t.contains("Milan"));
    }
}
