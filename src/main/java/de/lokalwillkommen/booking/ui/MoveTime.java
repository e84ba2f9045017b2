package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.SlotTakenException;
import de.lokalwillkommen.office.OfficeDetails;
import java.util.List;
import java.util.function.Consumer;

/** Moving a booking: pick another free time of the same office, see it once more, confirm. */
class MoveTime extends Composite<Div> {

    private final BookingService bookings;
    private final String token;
    private final BookingDetails booking;
    private final OfficeDetails office;
    private final Consumer<BookingDetails> onMoved;
    private final Runnable onClose;

    MoveTime(BookingService bookings, String token, BookingDetails booking, OfficeDetails office,
            Consumer<BookingDetails> onMoved, Runnable onClose) {
        this.bookings = bookings;
        this.token = token;
        this.booking = booking;
        this.office = office;
        this.onMoved = onMoved;
        this.onClose = onClose;
        getContent().addClassName("lw-move");
        showTimes();
    }

    private void showTimes() {
        List<FreeSlot> free = bookings.freeSlots(office.id(), BookView.TIMES_PER_PAGE + 1).stream()
                .filter(slot -> slot.slotId() != booking.slotId()).limit(BookView.TIMES_PER_PAGE).toList();
        Div content = getContent();
        content.removeAll();
        content.add(new H2(getTranslation("book.move.title")));
        if (free.isEmpty()) {
            content.add(new Paragraph(getTranslation("book.move.none")));
        } else {
            content.add(new FreeTimes(free, venue -> Place.of(office, venue), this::confirm));
        }
        content.add(new ActionRow(new Button(getTranslation("book.move.keep"), e -> onClose.run())));
    }

    private void confirm(FreeSlot slot) {
        Button move = new Button(getTranslation("book.move.confirm"), e -> move(slot));
        move.addThemeVariants(ButtonVariant.PRIMARY);
        move.setDisableOnClick(true);
        Div content = getContent();
        content.removeAll();
        content.add(new H2(getTranslation("book.move.title")), new ChosenTime(slot, Place.of(office, slot.venueId())),
                new ActionRow(move, new Button(getTranslation("book.otherTime"), e -> showTimes())));
    }

    private void move(FreeSlot slot) {
        try {
            onMoved.accept(bookings.moveByToken(token, slot.slotId()));
        } catch (SlotTakenException taken) {
            Div content = getContent();
            content.removeAll();
            content.add(new H2(getTranslation("book.move.title")),
                    new TakenNotice(taken, venue -> Place.of(office, venue), this::confirm),
                    new ActionRow(new Button(getTranslation("book.move.keep"), e -> onClose.run())));
        } catch (UserFacingException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.args()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
            onClose.run();
        }
    }
}
