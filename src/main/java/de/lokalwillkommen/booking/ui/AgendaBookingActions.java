package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Component;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingService;
import java.time.LocalDate;
import java.util.Map;

/** What staff can do with a booking in the agenda; every action reloads the agenda afterwards. */
class AgendaBookingActions {

    private final BookingService bookings;
    private final long officeId;
    private final Map<Long, String> venues;
    private final Runnable changed;
    private final LocalDate today;

    AgendaBookingActions(BookingService bookings, long officeId, Map<Long, String> venues, Runnable changed,
            LocalDate today) {
        this.bookings = bookings;
        this.officeId = officeId;
        this.venues = venues;
        this.changed = changed;
        this.today = today;
    }

    void attended(Component context, BookingDetails booking) {
        if (StaffNotices.attempt(context, () -> bookings.markAttended(booking.id()))) {
            StaffNotices.done(context, "agenda.markedAttended", label(booking));
            changed.run();
        }
    }

    void noShow(Component context, BookingDetails booking) {
        if (StaffNotices.attempt(context, () -> bookings.markNoShow(booking.id()))) {
            StaffNotices.done(context, "agenda.markedNoShow", label(booking));
            changed.run();
        }
    }

    void cancel(Component context, BookingDetails booking) {
        new StaffReasonDialog(context.getTranslation("agenda.cancel.title"),
                context.getTranslation("agenda.cancel.text", label(booking), StaffFormat.day(context,
                        booking.start().toLocalDate()) + " " + StaffFormat.times(context, booking.start(), booking.end())),
                context.getTranslation("agenda.cancel.confirm"), reason -> {
                    bookings.cancelByStaff(booking.id(), reason);
                    StaffNotices.done(context, "agenda.cancelled", label(booking));
                    changed.run();
                }).open();
    }

    void move(Component context, BookingDetails booking) {
        new AgendaMoveDialog(bookings, officeId, booking, venues, today, () -> {
            StaffNotices.done(context, "agenda.moved", label(booking));
            changed.run();
        }).open();
    }

    private static String label(BookingDetails booking) {
        return booking.name() == null ? booking.code() : booking.name();
    }
}
