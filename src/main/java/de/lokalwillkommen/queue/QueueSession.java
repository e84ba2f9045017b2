package de.lokalwillkommen.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** The queue of one office's session of one day at one place; its figures once the day is over. */
@Entity
@Table(name = "queue_session")
class QueueSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(name = "venue_id")
    private @Nullable Long venueId;

    /** venue_id or 0 for the office itself: a unique key that PostgreSQL's nulls cannot slip through. */
    @Column(name = "venue_key", nullable = false)
    private long venueKey;

    @Column(name = "session_day", nullable = false)
    private LocalDate day;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected QueueSession() {
    }

    QueueSession(long officeId, @Nullable Long venueId, LocalDate day, String code, LocalDateTime createdAt) {
        this.officeId = officeId;
        this.venueId = venueId;
        this.venueKey = venueId == null ? 0 : venueId;
        this.day = day;
        this.code = code;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getOfficeId() {
        return officeId;
    }

    @Nullable Long getVenueId() {
        return venueId;
    }

    LocalDate getDay() {
        return day;
    }

    String getCode() {
        return code;
    }

    QueueSessionRef toRef() {
        return new QueueSessionRef(id, officeId, venueId, day, code);
    }
}
