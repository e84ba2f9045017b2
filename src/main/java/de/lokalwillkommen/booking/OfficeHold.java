package de.lokalwillkommen.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An office whose online booking holds new clients back: the notice staff see in the agenda. */
@Entity
@Table(name = "booking_hold")
class OfficeHold {

    @Id
    @Column(name = "office_id")
    private long officeId;

    @Column(nullable = false)
    private LocalDateTime since;

    @Column(name = "last_at", nullable = false)
    private LocalDateTime lastAt;

    @Column(nullable = false)
    private int held;

    protected OfficeHold() {
    }

    OfficeHold(long officeId, LocalDateTime now) {
        this.officeId = officeId;
        this.since = now;
        this.lastAt = now;
        this.held = 0;
    }

    long getOfficeId() {
        return officeId;
    }

    LocalDateTime getSince() {
        return since;
    }

    LocalDateTime getLastAt() {
        return lastAt;
    }

    int getHeld() {
        return held;
    }
}
