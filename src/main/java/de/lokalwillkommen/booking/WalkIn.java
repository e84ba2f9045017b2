package de.lokalwillkommen.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A contact without a booking, counted for the office's figures; no name is kept. */
@Entity
@Table(name = "walk_in")
class WalkIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Topic topic;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private int persons;

    @Column(nullable = false)
    private boolean interpreter;

    @Column(name = "recorded_by")
    private @Nullable Long recordedBy;

    protected WalkIn() {
    }

    WalkIn(WalkInRecord record, LocalDateTime occurredAt, @Nullable Long recordedBy) {
        this.officeId = record.officeId();
        this.occurredAt = occurredAt;
        this.topic = record.topic();
        this.language = record.language();
        this.persons = record.persons();
        this.interpreter = record.interpreter();
        this.recordedBy = recordedBy;
    }

    WalkInView toView() {
        return new WalkInView(id, officeId, occurredAt, topic, language, persons, interpreter);
    }
}
