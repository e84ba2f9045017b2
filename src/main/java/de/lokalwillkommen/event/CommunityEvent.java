package de.lokalwillkommen.event;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** An event an office's team publishes. */
@Entity
@Table(name = "office_event")
class CommunityEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventType type;

    @Column(nullable = false)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime start;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime end;

    @Column(nullable = false)
    private String place;

    @Column(nullable = false)
    private String languages = "";

    @Column(nullable = false)
    private String description = "";

    @Column(nullable = false)
    private boolean cancelled;

    @Version
    private long version;

    protected CommunityEvent() {
    }

    CommunityEvent(long officeId) {
        this.officeId = officeId;
    }

    void update(EventForm form) {
        this.type = form.getType();
        this.title = form.getTitle().strip();
        this.start = Objects.requireNonNull(form.getDate()).atTime(form.getStart());
        this.end = form.getDate().atTime(form.getEnd());
        this.place = form.getPlace().strip();
        this.languages = String.join(",", form.getLanguages());
        this.description = form.getDescription().strip();
    }

    void cancel() {
        this.cancelled = true;
    }

    long getOfficeId() {
        return officeId;
    }

    long getVersion() {
        return version;
    }

    EventSummary toSummary(String officeName, String officeSlug) {
        return new EventSummary(id, officeId, officeName, officeSlug, type, title, start, end, place,
                languages.isBlank() ? List.of() : List.of(languages.split(",")), description, cancelled, version);
    }

    EventForm toForm() {
        EventForm form = new EventForm();
        form.setId(id);
        form.setVersion(version);
        form.setOfficeId(officeId);
        form.setType(type);
        form.setTitle(title);
        form.setDate(start.toLocalDate());
        form.setStart(start.toLocalTime());
        form.setEnd(end.toLocalTime());
        form.setPlace(place);
        form.setLanguages(new LinkedHashSet<>(languages.isBlank() ? List.of() : List.of(languages.split(","))));
        form.setDescription(description);
        return form;
    }
}
