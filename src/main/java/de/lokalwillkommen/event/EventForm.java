package de.lokalwillkommen.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The editable fields of an event, bound by the staff form and checked again by the service. */
public class EventForm {

    public static final int TITLE_MAX = 150;
    public static final int PLACE_MAX = 300;
    public static final int TEXT_MAX = 500;

    private @Nullable Long id;
    private long version;
    private long officeId;
    private EventType type = EventType.LANGUAGE_CAFE;
    private String title = "";
    private @Nullable LocalDate date;
    private LocalTime start = LocalTime.of(16, 0);
    private LocalTime end = LocalTime.of(18, 0);
    private String place = "";
    private Set<String> languages = new LinkedHashSet<>();
    private String description = "";

    public @Nullable Long getId() { return id; }
    public void setId(@Nullable Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public long getOfficeId() { return officeId; }
    public void setOfficeId(long officeId) { this.officeId = officeId; }
    public EventType getType() { return type; }
    public void setType(EventType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public @Nullable LocalDate getDate() { return date; }
    public void setDate(@Nullable LocalDate date) { this.date = date; }
    public LocalTime getStart() { return start; }
    public void setStart(LocalTime start) { this.start = start; }
    public LocalTime getEnd() { return end; }
    public void setEnd(LocalTime end) { this.end = end; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public Set<String> getLanguages() { return languages; }
    public void setLanguages(Set<String> languages) { this.languages = languages; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }

    /** The translation key of the first problem, or null when the event can be published. */
    public @Nullable String problem() {
        if (title.isBlank() || title.strip().length() > TITLE_MAX) {
            return "event.error.title";
        }
        if (date == null) {
            return "event.error.date";
        }
        if (!start.isBefore(end)) {
            return "event.error.times";
        }
        if (place.isBlank() || place.strip().length() > PLACE_MAX) {
            return "event.error.place";
        }
        if (description.length() > TEXT_MAX) {
            return "event.error.text";
        }
        return null;
    }
}
