package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.booking.ScheduleService;
import de.lokalwillkommen.booking.SessionView;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * After a change to the schedule: the booked sessions that no longer fit it (changed times, a closure, a
 * holiday). They stay until staff cancel them here, and then see whom to inform.
 */
class ScheduleConflictsDialog extends Dialog {

    ScheduleConflictsDialog(List<SessionView> conflicts, ScheduleService schedule, Languages languages,
            Map<Long, String> venues, String officeName) {
        setHeaderTitle(getTranslation("schedule.conflicts.title"));
        addClassName("lw-schedule-conflicts");
        add(new Paragraph(getTranslation("schedule.conflicts.text", conflicts.size())));
        for (SessionView session : conflicts) {
            String where = session.venueId() == null ? officeName : venues.getOrDefault(session.venueId(), officeName);
            Div entry = new Div();
            entry.add(new SessionCard(session, where, languages, true, Optional.of(() -> SessionCancelling.start(this,
                    schedule, languages, session, () -> remove(entry)))));
            add(entry);
        }
        getFooter().add(new Button(getTranslation("schedule.conflicts.later"), e -> close()));
    }
}
