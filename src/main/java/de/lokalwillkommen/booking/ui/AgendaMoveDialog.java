package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.FreeSlot;
import java.time.LocalDate;
import java.util.Map;

/** Moves a booking to another free time of the same office; staff may use the walk-in share. */
class AgendaMoveDialog extends Dialog {

    /** Enough times to choose from on a phone without scrolling for ever. */
    static final int CHOICES = 40;

    private final BookingService bookings;
    private final long officeId;
    private final BookingDetails booking;
    private final LocalDate from;
    private final Runnable moved;
    private final Select<FreeSlot> target = new Select<>();

    AgendaMoveDialog(BookingService bookings, long officeId, BookingDetails booking, Map<Long, String> venues,
            LocalDate from, Runnable moved) {
        this.bookings = bookings;
        this.officeId = officeId;
        this.booking = booking;
        this.from = from;
        this.moved = moved;
        setHeaderTitle(getTranslation("agenda.move.title"));
        target.setLabel(getTranslation("agenda.move.to"));
        target.setItemLabelGenerator(slot -> StaffFormat.freeSlot(this, slot, venues));
        target.setWidthFull();
        load();
        add(new Paragraph(getTranslation("agenda.move.text", booking.name() == null ? booking.code() : booking.name(),
                StaffFormat.day(this, booking.start().toLocalDate()) + " " + StaffFormat.times(this, booking.start(),
                        booking.end()))), target);
        Button confirm = new Button(getTranslation("agenda.move.confirm"), e -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    private void load() {
        var free = bookings.freeSlotsForStaff(officeId, from, CHOICES).stream()
                .filter(slot -> slot.slotId() != booking.slotId()).toList();
        target.setItems(free);
        target.setHelperText(free.isEmpty() ? getTranslation("agenda.noFreeSlots") : null);
    }

    private void confirm() {
        FreeSlot chosen = target.getValue();
        if (chosen == null) {
            target.setInvalid(true);
            target.setErrorMessage(getTranslation("agenda.move.choose"));
            return;
        }
        try {
            bookings.moveByStaff(booking.id(), chosen.slotId());
            close();
            moved.run();
        } catch (UserFacingException refusal) {
            StaffNotices.refused(this, refusal);
            load();
        }
    }
}
