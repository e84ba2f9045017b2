package de.lokalwillkommen.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A volunteer interpreter assigned to a booking that asked for one (at most one per booking). */
@Entity
@Table(name = "volunteer_interpreting")
class Interpreting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "booking_id", nullable = false, unique = true)
    private long bookingId;

    @Column(name = "offer_id", nullable = false)
    private long offerId;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(nullable = false)
    private String language;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Interpreting() {
    }

    Interpreting(long bookingId, long offerId, long officeId, String language, LocalDateTime now) {
        this.bookingId = bookingId;
        this.offerId = offerId;
        this.officeId = officeId;
        this.language = language;
        this.createdAt = now;
    }

    void reassignTo(long keptOfferId) {
        this.offerId = keptOfferId;
    }

    long getBookingId() {
        return bookingId;
    }

    long getOfferId() {
        return offerId;
    }
}
