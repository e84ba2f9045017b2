package de.lokalwillkommen.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** An internal note of the team on a message; the sender never sees it. */
@Entity
@Table(name = "message_note")
class MessageNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    private @Nullable String body;

    protected MessageNote() {
    }

    MessageNote(String authorName, String body, LocalDateTime writtenAt) {
        this.authorName = authorName;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    MessageDetails.Note toView() {
        return new MessageDetails.Note(authorName, writtenAt, body);
    }
}
