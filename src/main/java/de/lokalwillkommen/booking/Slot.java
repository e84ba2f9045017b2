package de.lokalwillkommen.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One bookable time of a session. {@code booked} is only ever changed by the conditional updates in
 * {@link SlotRepository}, never through this entity, so concurrent bookings cannot overwrite each other.
 */
@Entity
class Slot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(name = "rule_id")
    private @Nullable Long ruleId;

    @Column(name = "start_local", nullable = false)
    private LocalDateTime start;

    @Column(name = "end_local", nullable = false)
    private LocalDateTime end;

    @Column(name = "venue_id")
    private @Nullable Long venueId;

    @Column(nullable = false)
    private String languages = "";

    @Column(nullable = false)
    private int capacity;

    @Column(name = "online_capacity", nullable = false)
    private int onlineCapacity;

    @Column(nullable = false, insertable = false, updatable = false)
    private int booked;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(name = "cancel_reason")
    private @Nullable String cancelReason;

    @Version
    private long version;

    protected Slot() {
    }

    Slot(long officeId, long ruleId, LocalDateTime start, LocalDateTime end, @Nullable Long venueId, String languages,
            int capacity, int onlineCapacity) {
        this.officeId = officeId;
        this.ruleId = ruleId;
        this.start = start;
        this.end = end;
        this.venueId = venueId;
        this.languages = languages;
        this.capacity = capacity;
        this.onlineCapacity = onlineCapacity;
    }

    /** Follows a changed rule; never below what is already booked (the database checks that too). */
    void reshape(int newCapacity, int newOnlineCapacity, @Nullable Long newVenueId, String newLanguages) {
        this.capacity = Math.max(newCapacity, booked);
        this.onlineCapacity = Math.min(newOnlineCapacity, this.capacity);
        this.venueId = newVenueId;
        this.languages = newLanguages;
    }

    void cancel(String reason) {
        this.cancelled = true;
        this.cancelReason = reason;
    }

    Long getId() {
        return id;
    }

    long getOfficeId() {
        return officeId;
    }

    @Nullable Long getRuleId() {
        return ruleId;
    }

    LocalDateTime getStart() {
        return start;
    }

    LocalDateTime getEnd() {
        return end;
    }

    @Nullable Long getVenueId() {
        return venueId;
    }

    int getCapacity() {
        return capacity;
    }

    int getOnlineCapacity() {
        return onlineCapacity;
    }

    int getBooked() {
        return booked;
    }

    boolean isCancelled() {
        return cancelled;
    }

    java.util.List<String> languageList() {
        return languages.isBlank() ? java.util.List.of() : java.util.List.of(languages.split(","));
    }
}
