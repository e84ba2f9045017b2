package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Component;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.booking.ScheduleService;
import de.lokalwillkommen.booking.SessionView;

/** Cancelling a session: a reason, a confirmation, then the list of people to inform. */
final class SessionCancelling {

    private SessionCancelling() {
    }

    static void start(Component context, ScheduleService schedule, Languages languages, SessionView session,
            Runnable cancelled) {
        String when = StaffFormat.day(context, session.start().toLocalDate()) + " "
                + StaffFormat.times(context, session.start(), session.end());
        new StaffReasonDialog(context.getTranslation("session.cancel.title"),
                context.getTranslation("session.cancel.text", when, session.booked()),
                context.getTranslation("session.cancel.confirm"), reason -> {
                    var affected = schedule.cancelSession(session.officeId(), session.slotId(), reason);
                    cancelled.run();
                    new SessionAffectedDialog(affected, languages).open();
                }).open();
    }
}
