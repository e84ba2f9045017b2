package de.lokalwillkommen.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One turn of a conversation after the first message: the team's answer or the writer's reply. Saved on its own
 * row, not through the message (whose version would make a reply racing a staff answer fail): both are kept, in
 * the order they were saved.
 */
@Entity
@Table(name = "message_reply")
class MessageReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false)
    private long messageId;

    @Column(name = "from_office", nullable = false)
    private boolean fromOffice;

    /** The staff member's display name, for the team only; the writer sees the office's name. */
    @Column(name = "author_name")
    private @Nullable String authorName;

    @Column(nullable = false)
    private String language;

    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    @Column(name = "request_id", nullable = false)
    private String requestId;

    /** Null once erased. */
    private @Nullable String body;

    protected MessageReply() {
    }

    MessageReply(long messageId, boolean fromOffice, @Nullable String authorName, String language, String body,
            String requestId, LocalDateTime writtenAt) {
        this.messageId = messageId;
        this.fromOffice = fromOffice;
        this.authorName = authorName;
        this.language = language;
        this.body = body;
        this.requestId = requestId;
        this.writtenAt = writtenAt;
    }

    Long getId() {
        return id;
    }

    ThreadEntry toEntry(boolean withAuthor) {
        return new ThreadEntry(id, fromOffice, withAuthor ? authorName : null, language, writtenAt, body);
    }
}
