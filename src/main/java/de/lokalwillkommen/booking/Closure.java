package de.lokalwillkommen.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** Days an office holds no consultation hours (team absence, a closed day); holidays are computed. */
@Entity
class Closure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(name = "date_from", nullable = false)
    private LocalDate from;

    @Column(name = "date_to", nullable = false)
    private LocalDate to;

    @Column(nullable = false)
    private String reason;

    protected Closure() {
    }

    Closure(long officeId, LocalDate from, LocalDate to, String reason) {
        this.officeId = officeId;
        this.from = from;
        this.to = to;
        this.reason = reason;
    }

    boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    ClosureView toView() {
        return new ClosureView(id, officeId, from, to, reason);
    }

    long getOfficeId() {
        return officeId;
    }
}
