package de.lokalwillkommen.queue.ui;

import de.lokalwillkommen.queue.QueueStatus;
import de.lokalwillkommen.queue.TicketState;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The sentences a number's page shows, made once for the page and again for each poll, so the page and the
 * script never disagree. {@code translate} is getTranslation of a view or of the I18N provider in a locale.
 */
record TicketTexts(String status, String ahead) {

    static TicketTexts of(TicketState state, TranslateFn translate) {
        String status = translate.apply("queue.status." + state.status().name(), new Object[0]);
        String ahead = state.status() == QueueStatus.WAITING
                ? translate.apply("queue.ahead", new Object[] {state.ahead(), state.waitMinutes()}) : "";
        return new TicketTexts(status, ahead);
    }

    interface TranslateFn extends BiFunction<String, Object[], String> {
    }

    static String lower(String code) {
        return code.toLowerCase(Locale.ROOT);
    }
}
