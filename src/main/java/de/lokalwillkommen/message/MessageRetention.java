package de.lokalwillkommen.message;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.jobs.PersonalDataRetention;
import de.lokalwillkommen.base.jobs.RetentionProperties;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the promise of the message form: the text, the contact details and the team's notes of a message
 * are erased {@code lw.retention.message-days} after it was closed (90 by default), every night through the
 * {@link de.lokalwillkommen.base.jobs.RetentionJob} (on one server); a message never closed goes the same way
 * {@code lw.retention.message-open-days} (180) after its last activity, whatever its status. Category, language, office and dates
 * stay for the figures. Answers and replies of a conversation go with it (and its personal link stops working); an
 * answered conversation the writer has left alone {@code lw.message.close-unread-days} (30) closes first, by the
 * same nightly run, and is then erased like any closed message.
 */
@Component
class MessageRetention implements PersonalDataRetention {

    private final MessageRepository messages;
    private final MessageReplyRepository replies;
    private final ConversationSettings settings;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final int retentionDays;
    private final int openDays;

    MessageRetention(MessageRepository messages, MessageReplyRepository replies, ConversationSettings settings,
            MunicipalityProperties municipality, Clock clock, RetentionProperties retention) {
        this.messages = messages;
        this.replies = replies;
        this.settings = settings;
        this.municipality = municipality;
        this.clock = clock;
        this.retentionDays = retention.messageDays();
        this.openDays = retention.messageOpenDays();
    }

    @Override
    public String name() {
        return "messages";
    }

    @Override
    public int apply(LocalDateTime now) {
        if (settings.closeUnreadDays() > 0) {
            messages.closeUnreadAnsweredBefore(now.minusDays(settings.closeUnreadDays()), now);
        }
        int erased = retentionDays <= 0 ? 0 : messages.anonymiseClosedBefore(now.minusDays(retentionDays), now);
        if (openDays > 0) {
            erased += messages.anonymiseOpenInactiveBefore(now.minusDays(openDays), now);
        }
        messages.eraseNotesOfAnonymised();
        replies.eraseRepliesOfAnonymised();
        return erased;
    }

    /** The same as the nightly run, now. */
    @Transactional
    public int anonymiseClosedMessages() {
        return apply(municipality.now(clock));
    }
}
