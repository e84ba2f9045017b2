package de.lokalwillkommen.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/** A row of {@code volunteer_offer_note}. */
@Embeddable
class Note {

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String author;

    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    protected Note() {
    }

    Note(String body, String author, LocalDateTime writtenAt) {
        this.body = body;
        this.author = author;
        this.writtenAt = writtenAt;
    }

    OfferNote toView() {
        return new OfferNote(body, author, writtenAt);
    }
}
