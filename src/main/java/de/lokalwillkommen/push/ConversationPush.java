package de.lokalwillkommen.push;

import de.lokalwillkommen.base.push.OwnerKind;
import de.lokalwillkommen.message.ConversationService;
import de.lokalwillkommen.message.MessageEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a writer's subscribed browsers that the office answered (issue 16), in the conversation's language. Like
 * the mail, it carries the link only, never the answer's text or a name: the answer is read on the link page.
 */
@Component
class ConversationPush {

    private static final Logger log = LoggerFactory.getLogger(ConversationPush.class);

    private final PushNotices notices;
    private final ConversationService conversations;

    ConversationPush(PushNotices notices, ConversationService conversations) {
        this.notices = notices;
        this.conversations = conversations;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MessageEvents.Answered answered) {
        try {
            conversations.forPush(answered.messageId()).ifPresent(target -> notices.queue(OwnerKind.MESSAGE,
                    answered.messageId(), "answer:" + answered.replyId(),
                    notices.text(target.language(), "push.message.answered.title", "push.message.answered.body",
                            "conversation/" + target.linkToken(), "\u2068" + target.officeName() + "\u2069")));
        } catch (RuntimeException e) {
            // The link page always shows the answer; a failed queueing must not undo it.
            log.warn("Could not queue a push notice for message:{}: {}", answered.messageId(),
                    e.getClass().getSimpleName());
        }
    }
}
