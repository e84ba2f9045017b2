package de.lokalwillkommen.queue;

import de.lokalwillkommen.booking.Topic;
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

/**
 * One number of a session's queue. Its status is only ever changed by the conditional updates of
 * {@link QueueTicketRepository}, never through this entity, so two staff cannot both call it.
 */
@Entity
@Table(name = "queue_ticket")
class QueueTicket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "ticket_number", nullable = false)
    private int number;

    @Column(nullable = false, unique = true)
    private String token;

    @Column(name = "device_hash")
    private @Nullable String deviceHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, insertable = true, updatable = false)
    private QueueStatus status = QueueStatus.WAITING;

    @Column(name = "sort_at", nullable = false, updatable = false)
    private LocalDateTime sortAt;

    @Column(name = "taken_at", nullable = false, updatable = false)
    private LocalDateTime takenAt;

    @Column(name = "called_at", insertable = false, updatable = false)
    private @Nullable LocalDateTime calledAt;

    @Column(name = "done_at", insertable = false, updatable = false)
    private @Nullable LocalDateTime doneAt;

    private @Nullable String language;

    @Column(nullable = false)
    private boolean interpreter;

    @Enumerated(EnumType.STRING)
    private @Nullable Topic topic;

    @Column(name = "booking_id")
    private @Nullable Long bookingId;

    @Column(name = "appointment_at")
    private @Nullable LocalDateTime appointmentAt;

    @Column(name = "by_staff", nullable = false)
    private boolean byStaff;

    protected QueueTicket() {
    }

    QueueTicket(long sessionId, int number, String token, @Nullable String deviceHash, LocalDateTime sortAt,
            LocalDateTime takenAt, QueueNeeds needs, @Nullable Long bookingId, @Nullable LocalDateTime appointmentAt,
            boolean byStaff) {
        this.sessionId = sessionId;
        this.number = number;
        this.token = token;
        this.deviceHash = deviceHash;
        this.sortAt = sortAt;
        this.takenAt = takenAt;
        this.language = needs.language();
        this.interpreter = needs.interpreter();
        this.topic = needs.topic();
        this.bookingId = bookingId;
        this.appointmentAt = appointmentAt;
        this.byStaff = byStaff;
    }

    Long getId() {
        return id;
    }

    long getSessionId() {
        return sessionId;
    }

    String getToken() {
        return token;
    }

    QueueStatus getStatus() {
        return status;
    }

    LocalDateTime getSortAt() {
        return sortAt;
    }

    /** Call to done; zero when either is missing. */
    java.time.Duration serviceTime() {
        return calledAt == null || doneAt == null ? java.time.Duration.ZERO
                : java.time.Duration.between(calledAt, doneAt);
    }

    @Nullable LocalDateTime getCalledAt() {
        return calledAt;
    }

    LocalDateTime getTakenAt() {
        return takenAt;
    }

    @Nullable LocalDateTime getAppointmentAt() {
        return appointmentAt;
    }

    @Nullable Long getBookingId() {
        return bookingId;
    }

    QueueEntry toEntry() {
        return new QueueEntry(id, number, status, new QueueNeeds(language, interpreter, topic), takenAt, calledAt,
                appointmentAt, byStaff);
    }
}
