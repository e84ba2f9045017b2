package de.lokalwillkommen.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How far ahead an office can be booked, how short-notice, and how much it keeps free for walk-ins. */
@Entity
@Table(name = "booking_settings")
class BookingSettings {

    static final int DEFAULT_HORIZON_DAYS = 28;
    static final int DEFAULT_LEAD_MINUTES = 120;

    @Id
    @Column(name = "office_id")
    private Long officeId;

    @Column(name = "horizon_days", nullable = false)
    private int horizonDays = DEFAULT_HORIZON_DAYS;

    @Column(name = "lead_minutes", nullable = false)
    private int leadMinutes = DEFAULT_LEAD_MINUTES;

    @Column(name = "walk_in_share_percent", nullable = false)
    private int walkInSharePercent;

    @Version
    private long version;

    protected BookingSettings() {
    }

    BookingSettings(long officeId) {
        this.officeId = officeId;
    }

    static BookingSettings defaults(long officeId) {
        return new BookingSettings(officeId);
    }

    void update(OfficeBookingSettings settings) {
        this.horizonDays = settings.horizonDays();
        this.leadMinutes = settings.leadMinutes();
        this.walkInSharePercent = settings.walkInSharePercent();
    }

    OfficeBookingSettings toRecord() {
        return new OfficeBookingSettings(officeId, horizonDays, leadMinutes, walkInSharePercent);
    }

    /** Slots self-service may fill: the walk-in share of the consultants stays free for people who come in. */
    int onlineCapacity(int capacity) {
        int reserved = (int) Math.round(capacity * walkInSharePercent / 100.0);
        return Math.max(0, capacity - reserved);
    }

    int horizonDays() {
        return horizonDays;
    }

    int leadMinutes() {
        return leadMinutes;
    }
}
