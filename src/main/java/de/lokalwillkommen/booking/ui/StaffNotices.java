package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import de.lokalwillkommen.base.UserFacingException;

/** Short confirmations and refusals, always in the user's language. */
final class StaffNotices {

    private StaffNotices() {
    }

    static void done(Component context, String key, Object... args) {
        Notification.show(context.getTranslation(key, args)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void refused(Component context, UserFacingException refusal) {
        Notification.show(context.getTranslation(refusal.messageKey(), refusal.args()))
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Runs a service call; a refusal is shown instead of thrown. Returns whether the call went through. */
    static boolean attempt(Component context, Runnable call) {
        try {
            call.run();
            return true;
        } catch (UserFacingException refusal) {
            refused(context, refusal);
            return false;
        }
    }
}
