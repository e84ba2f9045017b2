package de.lokalwillkommen.waitlist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.TestDays;
import de.lokalwillkommen.booking.Topic;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.waitlist.WaitlistEntry;
import de.lokalwillkommen.waitlist.WaitlistRequest;
import de.lokalwillkommen.waitlist.WaitlistService;
import de.lokalwillkommen.waitlist.WaitlistStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** A team sees only its own office's waitlist; showing addresses is audited; removing an entry erases it. */
@WithUserDetails("brackel")
class StaffWaitlistViewTest extends GermanUiTest {

    @Autowired
    WaitlistService waitlist;
    @Autowired
    WaitlistStaff staff;
    @Autowired
    JdbcTemplate jdbc;

    private long office(String name) {
        return jdbc.queryForObject("select id from office where name = ?", Long.class, name);
    }

    private WaitlistEntry waiting(long officeId, String email) {
        return waitlist.join(new WaitlistRequest(officeId, Topic.HOUSING, "fa", true, 3,
                TestDays.today().plusDays(3), email, null, null));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeamSeesOnlyItsOwnOfficesWaitlistAndCanRemoveAnEntry() {
        long brackel = office("Brackel/Aplerbeck");
        long mengede = office("Mengede/Huckarde");
        WaitlistEntry ours = waiting(brackel, "brackel-wartet@example.org");
        WaitlistEntry theirs = waiting(mengede, "mengede-wartet@example.org");
        assertThatThrownBy(() -> staff.entries(mengede)).isInstanceOf(AccessDeniedException.class);

        StaffWaitlistView.show(mengede);

        Select<OfficeRef> picker = $view(Select.class).withLabel("Büro").single();
        assertThat(picker.getListDataView().getItems().map(OfficeRef::id)).containsExactly(brackel);
        Grid<WaitlistEntry> grid = $view(Grid.class).single();
        assertThat(grid.getListDataView().getItems().map(WaitlistEntry::id)).contains(ours.id())
                .doesNotContain(theirs.id());
        assertThat(jdbc.queryForObject("select count(*) from audit_log where record_type = 'waitlist_entry'"
                + " and action = 'VIEW' and record_id = ?", Integer.class, Long.toString(ours.id()))).isPositive();

        var rows = test(grid);
        int row = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).id() == ours.id())
                .findFirst().orElseThrow();
        Button remove = (Button) rows.getCellComponent(row, 7);
        assertThat(remove.getId()).hasValue("waitlist-remove-" + ours.id());
        test(remove).click();

        assertThat(waitlist.findByToken(ours.token())).isEmpty();
        assertThat(grid.getListDataView().getItems().map(WaitlistEntry::id)).doesNotContain(ours.id());
        waitlist.leave(theirs.token());
    }
}
