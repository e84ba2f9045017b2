package de.lokalwillkommen.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.booking.Topic;
import de.lokalwillkommen.booking.WalkInService;
import de.lokalwillkommen.booking.WalkInView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("brackel")
class WalkInLogViewTest extends StaffCalendarUiTest {

    @Autowired
    WalkInService walkIns;

    private Paragraph count() {
        return find(Paragraph.class).withClassName("lw-walkin-count").single();
    }

    private static String visits(int count) {
        return count + (count == 1 ? " Besuch," : " Besuche,");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWalkInIsLoggedWithATapOnItsTopicAndCountedForToday() {
        int before = walkIns.on(brackel, calendar.today()).size();
        WalkInLogView.show(brackel);
        assertThat(count().getText()).startsWith("Heute erfasst: " + visits(before));
        Select<Language> language = find(Select.class).withLabel("Sprache").single();
        language.setValue(uiLanguage.languages().byCode("fa").orElseThrow());
        test(find(IntegerField.class).withLabel("Personen").single()).setValue(4);
        test(find(Checkbox.class).withLabel("Mit Dolmetschung").single()).click();

        test(find(Button.class).withId("walkin-topic-HOUSING").single()).click();

        List<WalkInView> today = walkIns.on(brackel, calendar.today());
        assertThat(today).hasSize(before + 1);
        WalkInView logged = today.getLast();
        assertThat(logged.topic()).isEqualTo(Topic.HOUSING);
        assertThat(logged.language()).isEqualTo("fa");
        assertThat(logged.persons()).isEqualTo(4);
        assertThat(logged.interpreter()).isTrue();
        assertThat(count().getText()).startsWith("Heute erfasst: " + visits(before + 1));
        assertThat(find(IntegerField.class).withLabel("Personen").single().getValue()).isEqualTo(1);
    }

    @Test
    void aWalkInOfNobodyIsNotLogged() {
        int before = walkIns.on(brackel, calendar.today()).size();
        WalkInLogView.show(brackel);
        IntegerField persons = find(IntegerField.class).withLabel("Personen").single();
        persons.clear();

        test(find(Button.class).withId("walkin-topic-WORK").single()).click();

        assertThat(persons.isInvalid()).isTrue();
        assertThat(walkIns.on(brackel, calendar.today())).hasSize(before);
    }

    @Test
    void theAgendaLeadsToTheWalkInLogOfTheSameOffice() {
        AgendaView.show(brackel, calendar.today(), AgendaMode.DAY);
        test(find(Button.class).withText("Besuch ohne Termin").single()).click();
        assertThat(getCurrentView()).isInstanceOf(WalkInLogView.class);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getActiveViewLocation().getQueryParameters()
                .getSingleParameter("office")).hasValue(Long.toString(brackel));
    }
}
