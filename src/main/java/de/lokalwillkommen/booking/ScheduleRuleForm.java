package de.lokalwillkommen.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The editable fields of a schedule rule (weekly, every N weeks, or one-off). */
public class ScheduleRuleForm {

    private @Nullable Long id;
    private long version;
    private long officeId;
    private boolean oneOff;
    private @Nullable DayOfWeek weekday = DayOfWeek.TUESDAY;
    private int everyWeeks = 1;
    private @Nullable LocalDate onDate;
    /** Unset means "from today": the service fills it from the app's clock when the rule is saved. */
    private @Nullable LocalDate validFrom;
    private @Nullable LocalDate validUntil;
    private LocalTime start = LocalTime.of(10, 0);
    private LocalTime end = LocalTime.of(12, 0);
    private int slotMinutes = 30;
    private int capacity = 1;
    private @Nullable Long venueId;
    private Set<String> languages = new LinkedHashSet<>();
    private boolean active = true;

    public @Nullable Long getId() { return id; }
    public void setId(@Nullable Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public long getOfficeId() { return officeId; }
    public void setOfficeId(long officeId) { this.officeId = officeId; }
    public boolean isOneOff() { return oneOff; }
    public void setOneOff(boolean oneOff) { this.oneOff = oneOff; }
    public @Nullable DayOfWeek getWeekday() { return weekday; }
    public void setWeekday(@Nullable DayOfWeek weekday) { this.weekday = weekday; }
    public int getEveryWeeks() { return everyWeeks; }
    public void setEveryWeeks(int everyWeeks) { this.everyWeeks = everyWeeks; }
    public @Nullable LocalDate getOnDate() { return onDate; }
    public void setOnDate(@Nullable LocalDate onDate) { this.onDate = onDate; }
    public @Nullable LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(@Nullable LocalDate validFrom) { this.validFrom = validFrom; }
    public @Nullable LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(@Nullable LocalDate validUntil) { this.validUntil = validUntil; }
    public LocalTime getStart() { return start; }
    public void setStart(LocalTime start) { this.start = start; }
    public LocalTime getEnd() { return end; }
    public void setEnd(LocalTime end) { this.end = end; }
    public int getSlotMinutes() { return slotMinutes; }
    public void setSlotMinutes(int slotMinutes) { this.slotMinutes = slotMinutes; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public @Nullable Long getVenueId() { return venueId; }
    public void setVenueId(@Nullable Long venueId) { this.venueId = venueId; }
    public Set<String> getLanguages() { return languages; }
    public void setLanguages(Set<String> languages) { this.languages = languages; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }

    /** Whether the rule is complete and sensible; the service refuses it otherwise. */
    public boolean isValid() {
        boolean when = oneOff ? onDate != null : weekday != null && everyWeeks >= 1 && everyWeeks <= 8
                && (validUntil == null || validFrom == null || !validUntil.isBefore(validFrom));
        return when && start.isBefore(end) && slotMinutes >= 5 && slotMinutes <= 240 && capacity >= 1 && capacity <= 20
                && !start.plusMinutes(slotMinutes).isAfter(end);
    }
}
