package de.lokalwillkommen.message;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The limits of a conversation: {@code lw.message.reply-max} characters per answer or reply (4,000; the column
 * holds 10,000) and {@code lw.message.close-unread-days} (30) after which an answered conversation the writer
 * has left alone closes by itself.
 */
@Component
public class ConversationSettings {

    static final int COLUMN_MAX = 10_000;

    private final int replyMax;
    private final int closeUnreadDays;

    ConversationSettings(@Value("${lw.message.reply-max:4000}") int replyMax,
            @Value("${lw.message.close-unread-days:30}") int closeUnreadDays) {
        this.replyMax = Math.max(1, Math.min(replyMax, COLUMN_MAX));
        this.closeUnreadDays = closeUnreadDays;
    }

    public int replyMax() {
        return replyMax;
    }

    public int closeUnreadDays() {
        return closeUnreadDays;
    }
}
