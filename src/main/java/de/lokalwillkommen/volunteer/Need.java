package de.lokalwillkommen.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A need for a volunteer that staff recorded in a consultation; see {@link NeedRequest}. */
@Entity
@Table(name = "volunteer_need")
class Need {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(name = "district_id")
    private @Nullable Long districtId;

    @Enumerated(EnumType.STRING)
    @Column(name = "help_type", nullable = false)
    private HelpType helpType;

    @Column(name = "involves_minors", nullable = false)
    private boolean involvesMinors;

    @Column(nullable = false)
    private String languages = "";

    @Column(nullable = false)
    private String times = "";

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NeedStatus status = NeedStatus.OPEN;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected Need() {
    }

    Need(NeedRequest request, LocalDateTime now) {
        this.officeId = request.officeId();
        this.districtId = request.districtId();
        this.helpType = request.helpType();
        this.involvesMinors = request.involvesMinors() || request.helpType().alwaysWithChildren();
        this.languages = String.join(",", request.languages());
        this.times = TimeSlot.join(request.times());
        this.description = request.description().strip();
        this.createdAt = now;
        this.updatedAt = now;
    }

    void mark(NeedStatus newStatus, LocalDateTime now) {
        this.status = newStatus;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getOfficeId() {
        return officeId;
    }

    NeedStatus getStatus() {
        return status;
    }

    NeedDetails toDetails() {
        List<String> codes = Arrays.stream(languages.split(",")).filter(s -> !s.isBlank()).toList();
        return new NeedDetails(id, officeId, districtId, helpType, codes, TimeSlot.split(times), involvesMinors,
                description, status, createdAt);
    }
}
