package de.lokalwillkommen.message.ui;

import de.lokalwillkommen.booking.ui.StaffOfficePicker;

/** Opens the inbox for an office id as a link would. */
final class InboxViewTestSupport {

    private InboxViewTestSupport() {
    }

    static void open(long officeId) {
        StaffOfficePicker.navigate(InboxView.class, officeId);
    }
}
