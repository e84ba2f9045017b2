package de.lokalwillkommen.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A volunteer matched to a need: from when, until when, and when staff check how it goes. */
@Entity
@Table(name = "volunteer_match")
class Match {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "need_id", nullable = false)
    private long needId;

    @Column(name = "offer_id", nullable = false)
    private long offerId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private @Nullable LocalDate endsOn;

    @Column(name = "follow_up_on")
    private @Nullable LocalDate followUpOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MatchStatus status = MatchStatus.ACTIVE;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Match() {
    }

    Match(long needId, long offerId, LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable LocalDate followUpOn,
            LocalDateTime now) {
        this.needId = needId;
        this.offerId = offerId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.followUpOn = followUpOn;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void end(LocalDate on, LocalDateTime now) {
        this.status = MatchStatus.ENDED;
        this.endsOn = on.isBefore(startsOn) ? startsOn : on;
        this.updatedAt = now;
    }

    void reassignTo(long keptOfferId) {
        this.offerId = keptOfferId;
    }

    Long getId() {
        return id;
    }

    long getNeedId() {
        return needId;
    }

    long getOfferId() {
        return offerId;
    }

    MatchStatus getStatus() {
        return status;
    }

    MatchDetails toDetails(String reference, @Nullable String volunteerName) {
        return new MatchDetails(id, needId, offerId, reference, volunteerName, startsOn, endsOn, followUpOn, status);
    }
}
