package de.lokalwillkommen.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import de.lokalwillkommen.booking.SessionView;
import de.lokalwillkommen.booking.StaffCalendarFixture;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("brackel")
class ScheduleViewTest extends StaffCalendarUiTest {

    private ScheduleRuleDialog openNewWeeklyRule() {
        ScheduleView.show(brackel);
        test(button("Regelmäßige Sprechstunde")).click();
        return find(ScheduleRuleDialog.class).single();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String label, ScheduleRuleDialog dialog) {
        return find(Select.class, dialog).withLabel(label).single();
    }

    @Test
    void anEveryFourteenDaysRuleCreatedInTheEditorHoldsSessionsEveryOtherWeek() {
        LocalDate first = calendar.workingDay(3);
        ScheduleRuleDialog dialog = openNewWeeklyRule();
        this.<DayOfWeek>select("Wochentag", dialog).setValue(first.getDayOfWeek());
        this.<Integer>select("Rhythmus", dialog).setValue(2);
        find(DatePicker.class, dialog).withLabel("Gültig ab").single().setValue(first);
        find(TimePicker.class, dialog).withLabel("Beginn").single().setValue(LocalTime.of(18, 0));
        find(TimePicker.class, dialog).withLabel("Ende").single().setValue(LocalTime.of(19, 0));
        test(find(IntegerField.class, dialog).withLabel("Beratende im Dienst").single()).setValue(2);

        test(button("Speichern", dialog)).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(calendar.evening(brackel, first)).extracting(s -> s.start().toLocalTime())
                .containsExactly(LocalTime.of(18, 0), LocalTime.of(18, 30));
        assertThat(calendar.evening(brackel, first.plusWeeks(1))).isEmpty();
        assertThat(calendar.evening(brackel, first.plusWeeks(2))).hasSize(2)
                .allSatisfy(s -> assertThat(s.capacity()).isEqualTo(2));
        String weekday = first.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.GERMAN);
        assertThat(find(ScheduleRuleCard.class).all()).map(StaffCalendarUiTest::text)
                .anySatisfy(card -> assertThat(card).contains(weekday + ", alle 2 Wochen, 18:00–19:00"));
    }

    @Test
    void theRuleEditorTakesTimesInTwentyFourHoursWhateverTheStaffLanguage() {
        ScheduleRuleDialog dialog = openNewWeeklyRule();

        // Vaadin's picker follows the UI's language otherwise: "6:00 PM" in English, "6:00 م" in Arabic.
        assertThat(find(TimePicker.class, dialog).all()).hasSize(2)
                .allSatisfy(picker -> assertThat(picker.getLocale()).isEqualTo(Locale.UK));
    }

    @Test
    void aRuleThatEndsBeforeItBeginsIsRefusedWithATranslatedMessage() {
        int before = schedule.rules(brackel).size();
        ScheduleRuleDialog dialog = openNewWeeklyRule();
        find(TimePicker.class, dialog).withLabel("Beginn").single().setValue(LocalTime.of(18, 0));
        TimePicker end = find(TimePicker.class, dialog).withLabel("Ende").single();
        end.setValue(LocalTime.of(17, 0));

        test(button("Speichern", dialog)).click();

        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("Das Ende muss nach dem Beginn liegen.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(schedule.rules(brackel)).hasSize(before);
    }

    @Test
    void aSlotLengthThatDoesNotFitTheSessionIsRefused() {
        ScheduleRuleDialog dialog = openNewWeeklyRule();
        find(TimePicker.class, dialog).withLabel("Beginn").single().setValue(LocalTime.of(18, 0));
        find(TimePicker.class, dialog).withLabel("Ende").single().setValue(LocalTime.of(18, 30));
        IntegerField length = find(IntegerField.class, dialog).withLabel("Dauer eines Termins (Minuten)").single();
        test(length).setValue(45);

        test(button("Speichern", dialog)).click();

        assertThat(length.isInvalid()).isTrue();
        assertThat(length.getErrorMessage()).startsWith("Die Dauer muss zwischen 5 und 240 Minuten liegen");
    }

    @Test
    void deletingARuleAfterConfirmationRemovesItsFreeSessions() {
        LocalDate day = calendar.workingDay(4);
        calendar.eveningSession(brackel, day, 1);
        ScheduleView.show(brackel);
        ScheduleRuleCard card = find(ScheduleRuleCard.class).all().stream()
                .filter(c -> text(c).contains("18:00–19:00")).findFirst().orElseThrow();

        test(button("Löschen", card)).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(calendar.evening(brackel, day)).isEmpty();
        assertThat(find(ScheduleRuleCard.class).all()).noneMatch(c -> text(c).contains("18:00–19:00"));
    }

    @Test
    void editingARuleSoThatABookedTimeNoLongerFitsShowsTheConflict() {
        LocalDate day = calendar.workingDay(4);
        List<SessionView> session = calendar.eveningSession(brackel, day, 1);
        bookings.book(StaffCalendarFixture.request(session.getFirst().slotId(), "Jamal Saleh"));
        ScheduleView.show(brackel);
        ScheduleRuleCard card = find(ScheduleRuleCard.class).all().stream()
                .filter(c -> text(c).contains("18:00–19:00")).findFirst().orElseThrow();
        test(button("Bearbeiten", card)).click();
        ScheduleRuleDialog dialog = find(ScheduleRuleDialog.class).single();
        find(TimePicker.class, dialog).withLabel("Beginn").single().setValue(LocalTime.of(18, 30));

        test(button("Speichern", dialog)).click();

        ScheduleConflictsDialog conflicts = find(ScheduleConflictsDialog.class).single();
        assertThat(find(SessionCard.class, conflicts).all()).singleElement()
                .satisfies(c -> assertThat(text(c)).contains("18:00–18:30", "1 von 1 gebucht"));
    }

    @Test
    void aClosureRemovesTheFreeSessionsOfThatDayAndOffersToCancelTheBookedOne() {
        LocalDate day = calendar.workingDay(4);
        List<SessionView> session = calendar.eveningSession(brackel, day, 1);
        bookings.book(StaffCalendarFixture.request(session.get(1).slotId(), "Samir Haddad"));
        ScheduleView.show(brackel);

        find(DatePicker.class).withLabel("Geschlossen ab").single().setValue(day);
        test(find(TextField.class).withLabel("Grund").single()).setValue(StaffCalendarFixture.TEST_REASON + "Klausurtag");
        test(button("Schließzeit eintragen")).click();

        assertThat(calendar.evening(brackel, day)).extracting(SessionView::slotId)
                .containsExactly(session.get(1).slotId());
        ScheduleConflictsDialog conflicts = find(ScheduleConflictsDialog.class).single();
        assertThat(find(SessionCard.class, conflicts).all()).hasSize(1);

        test(button("Diese Sprechstunde absagen", conflicts)).click();
        StaffReasonDialog reason = find(StaffReasonDialog.class).single();
        test(find(TextArea.class, reason).single()).setValue("Klausurtag des Teams");
        test(button("Sprechstunde absagen", reason)).click();

        SessionAffectedDialog affected = find(SessionAffectedDialog.class).single();
        assertThat(text(affected)).contains("Samir Haddad", "02315550101", "العربية");
        assertThat(schedule.sessions(brackel, day, day)).filteredOn(s -> s.slotId() == session.get(1).slotId())
                .singleElement().satisfies(s -> assertThat(s.cancelled()).isTrue());
    }

    @Test
    void theComingPublicHolidaysAreListedAsComputed() {
        ScheduleView.show(brackel);
        LocalDate today = calendar.today();
        List<String> expected = today.datesUntil(today.plusDays(ScheduleClosures.HOLIDAY_DAYS))
                .flatMap(d -> holidays.holiday(d).map(name -> d.getDayOfMonth() + "." + d.getMonthValue() + "."
                        + " " + name).stream()).toList();
        List<String> shown = find(ListItem.class, find(ScheduleClosures.class).single()).all().stream()
                .map(StaffCalendarUiTest::text).toList();
        assertThat(shown).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            String name = expected.get(i).substring(expected.get(i).indexOf(' ') + 1);
            assertThat(shown.get(i)).endsWith(" · " + name);
        }
    }

    @Test
    void settingsOutOfRangeAreRefusedAndValidOnesAreSaved() {
        int before = schedule.settings(brackel).walkInSharePercent();
        try {
            ScheduleView.show(brackel);
            IntegerField share = find(IntegerField.class).withLabel("Anteil für Besuche ohne Termin (%)").single();
            share.setValue(150);
            test(button("Speichern")).click();
            assertThat(share.isInvalid()).isTrue();
            assertThat(share.getErrorMessage()).isEqualTo("Bitte eine Zahl von 0 bis 100 eingeben.");
            assertThat(schedule.settings(brackel).walkInSharePercent()).isEqualTo(before);

            test(share).setValue(25);
            test(button("Speichern")).click();
            assertThat(schedule.settings(brackel).walkInSharePercent()).isEqualTo(25);
        } finally {
            var settings = schedule.settings(brackel);
            schedule.saveSettings(new de.lokalwillkommen.booking.OfficeBookingSettings(brackel,
                    settings.horizonDays(), settings.leadMinutes(), before));
        }
    }
}
