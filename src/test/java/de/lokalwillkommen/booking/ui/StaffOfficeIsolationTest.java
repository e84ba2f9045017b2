package de.lokalwillkommen.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import de.lokalwillkommen.office.OfficeRef;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** A team sees and chooses only its own office; the coordination chooses among all. */
class StaffOfficeIsolationTest extends StaffCalendarUiTest {

    @SuppressWarnings("unchecked")
    private Select<OfficeRef> picker() {
        return find(Select.class).withLabel("Büro").single();
    }

    private String officeInUrl() {
        return UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("office").orElseThrow();
    }

    @Test
    @WithUserDetails("brackel")
    void aTeamAskingForAnotherOfficesAgendaGetsItsOwn() {
        long mengede = calendar.office("Mengede/Huckarde");
        LocalDate today = calendar.today();
        assertThatThrownBy(() -> bookings.agenda(mengede, today, today)).isInstanceOf(AccessDeniedException.class);

        AgendaView.show(mengede, today, AgendaMode.DAY);

        assertThat(picker().getListDataView().getItems().map(OfficeRef::id)).containsExactly(brackel);
        assertThat(picker().getValue().id()).isEqualTo(brackel);
        assertThat(picker().isReadOnly()).isTrue();
        assertThat(officeInUrl()).isEqualTo(Long.toString(brackel));
    }

    @Test
    @WithUserDetails("brackel")
    void aTeamAskingForAnotherOfficesScheduleGetsItsOwn() {
        long mengede = calendar.office("Mengede/Huckarde");
        assertThatThrownBy(() -> schedule.rules(mengede)).isInstanceOf(AccessDeniedException.class);

        ScheduleView.show(mengede);

        assertThat(picker().getListDataView().getItems().map(OfficeRef::id)).containsExactly(brackel);
        assertThat(officeInUrl()).isEqualTo(Long.toString(brackel));
    }

    @Test
    @WithUserDetails("brackel")
    void theSessionsAndWalkInPagesOfferOnlyTheTeamsOffice() {
        SessionsView.show(calendar.office("Mengede/Huckarde"));
        assertThat(picker().getListDataView().getItems().map(OfficeRef::id)).containsExactly(brackel);
        WalkInLogView.show(calendar.office("Lütgendortmund"));
        assertThat(picker().getListDataView().getItems().map(OfficeRef::id)).containsExactly(brackel);
    }

    @Test
    @WithUserDetails("koordination")
    void theCoordinationChoosesAmongAllOfficesAndTheChoiceGoesIntoTheUrl() {
        long mengede = calendar.office("Mengede/Huckarde");
        AgendaView.show(brackel, calendar.today(), AgendaMode.WEEK);
        assertThat(picker().getListDataView().getItems()).hasSize(offices.officeRefs().size());

        test(picker()).selectItem("Mengede/Huckarde");

        assertThat(officeInUrl()).isEqualTo(Long.toString(mengede));
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("mode"))
                .hasValue("week");
        assertThat(picker().getValue().id()).isEqualTo(mengede);
    }
}
