package de.lokalwillkommen.push;

import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.push.OwnerKind;
import de.lokalwillkommen.queue.QueueEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * "Your turn": a called number's subscribed browsers get a notice with the number only (issue 19); tapping opens the
 * number's page. The subscriptions go with the day's numbers.
 */
@Component
class QueuePush {

    private static final Logger log = LoggerFactory.getLogger(QueuePush.class);

    private final PushNotices notices;
    private final Languages languages;

    QueuePush(PushNotices notices, Languages languages) {
        this.notices = notices;
        this.languages = languages;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(QueueEvents.Called called) {
        try {
            String language = languages.orSource(called.language() == null ? "" : called.language()).code();
            NoticeText text = notices.text(language, "push.queue.called.title", "push.queue.called.body",
                    "queue-number/" + called.token(), called.number());
            notices.queue(OwnerKind.QUEUE_TICKET, called.ticketId(), "called:" + called.ticketId(), text);
        } catch (RuntimeException e) {
            // The page itself still shows the call; a failed notice must not undo it.
            log.warn("Could not queue a push notice for queue ticket:{}: {}", called.ticketId(),
                    e.getClass().getSimpleName());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(QueueEvents.NumbersErased erased) {
        erased.ticketIds().forEach(id -> notices.unsubscribeAll(OwnerKind.QUEUE_TICKET, id));
    }
}
