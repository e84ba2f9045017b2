package de.lokalwillkommen.waitlist.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.security.CurrentStaff;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.booking.ui.StaffOfficePicker;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.waitlist.WaitlistEntry;
import de.lokalwillkommen.waitlist.WaitlistStaff;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The office's waitlist for its staff: who waits for what and until when, open offers with their hold, and removing
 * an entry. STAFF see only their own offices (the picker and the service both check); showing addresses is audited.
 */
@Route(value = "staff/waitlist", layout = StaffLayout.class)
@PermitAll
public class StaffWaitlistView extends Composite<VerticalLayout> implements BeforeEnterObserver, HasDynamicTitle {

    private final WaitlistStaff waitlist;
    private final StaffOfficePicker picker;
    private final Grid<WaitlistEntry> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private @Nullable OfficeRef office;

    public StaffWaitlistView(WaitlistStaff waitlist, OfficeService offices, CurrentStaff currentStaff) {
        this.waitlist = waitlist;
        this.picker = new StaffOfficePicker(currentStaff, offices);
        picker.onChoice(chosen -> show(chosen.id()));
        grid.addColumn(e -> LocalDates.of(this).day(e.createdAt().toLocalDate()))
                .setHeader(getTranslation("waitlist.staff.since"));
        grid.addColumn(e -> getTranslation("topic." + e.topic().name())).setHeader(getTranslation("book.topic"));
        grid.addColumn(e -> e.language() + (e.interpreter() ? " +" + getTranslation("waitlist.staff.interpreter") : ""))
                .setHeader(getTranslation("waitlist.join.language"));
        grid.addColumn(WaitlistEntry::persons).setHeader(getTranslation("waitlist.join.persons"));
        grid.addColumn(e -> e.bookingId() != null ? getTranslation("waitlist.staff.earlierThanBooking")
                : LocalDates.of(this).day(e.lastDate())).setHeader(getTranslation("waitlist.join.lastDate"));
        grid.addColumn(e -> e.email() == null ? "" : e.email()).setHeader(getTranslation("book.email"));
        grid.addColumn(this::offer).setHeader(getTranslation("waitlist.staff.offer"));
        grid.addComponentColumn(this::removeButton);
        grid.setAllRowsVisible(true);
        getContent().addClassName("lw-staff-page");
        getContent().add(new H1(getTranslation("waitlist.staff.title")), picker, summary, grid);
    }

    static void show(long officeId) {
        StaffOfficePicker.navigate(StaffWaitlistView.class, officeId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        picker.enter(event, StaffWaitlistView.class, () -> summary.setText(getTranslation("agenda.noOffice")))
                .ifPresent(chosen -> {
                    office = chosen;
                    refresh();
                });
    }

    private void refresh() {
        if (office == null) {
            return;
        }
        List<WaitlistEntry> entries = waitlist.entries(office.id());
        summary.setText(getTranslation("waitlist.staff.count", entries.size(),
                entries.stream().filter(e -> e.openOffer() != null).count()));
        grid.setItems(entries);
    }

    private String offer(WaitlistEntry entry) {
        WaitlistEntry.Offer open = entry.openOffer();
        String made = getTranslation("waitlist.staff.offersMade", entry.offersMade());
        return open == null ? made : made + " · " + getTranslation("waitlist.staff.holding",
                LocalDates.of(this).appointment(open.start(), open.end()),
                LocalDates.of(this).time(open.holdUntil()));
    }

    private Button removeButton(WaitlistEntry entry) {
        Button remove = new Button(getTranslation("waitlist.staff.remove"), e -> remove(entry));
        remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        remove.setId("waitlist-remove-" + entry.id());
        return remove;
    }

    private void remove(WaitlistEntry entry) {
        try {
            waitlist.remove(entry.id());
            Notification.show(getTranslation("waitlist.staff.removed"));
        } catch (UserFacingException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.args()));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("waitlist.staff.title") + " – " + getTranslation("app.name");
    }
}
