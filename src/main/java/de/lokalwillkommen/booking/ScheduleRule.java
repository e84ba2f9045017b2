package de.lokalwillkommen.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** A pattern of consultation hours of one office: weekly, every N weeks, or a one-off session. */
@Entity
@Table(name = "schedule_rule")
class ScheduleRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(nullable = false)
    private String kind;

    private @Nullable Integer weekday;

    @Column(name = "every_weeks", nullable = false)
    private int everyWeeks = 1;

    @Column(name = "on_date")
    private @Nullable LocalDate onDate;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private @Nullable LocalDate validUntil;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "venue_id")
    private @Nullable Long venueId;

    @Column(nullable = false)
    private String languages = "";

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected ScheduleRule() {
    }

    ScheduleRule(long officeId) {
        this.officeId = officeId;
    }

    void update(ScheduleRuleForm form) {
        this.kind = form.isOneOff() ? "ONE_OFF" : "WEEKLY";
        this.weekday = form.isOneOff() || form.getWeekday() == null ? null : form.getWeekday().getValue();
        this.everyWeeks = form.isOneOff() ? 1 : form.getEveryWeeks();
        this.onDate = form.isOneOff() ? form.getOnDate() : null;
        this.validFrom = form.isOneOff() && form.getOnDate() != null ? form.getOnDate() : form.getValidFrom();
        this.validUntil = form.isOneOff() ? form.getOnDate() : form.getValidUntil();
        this.startTime = form.getStart();
        this.endTime = form.getEnd();
        this.slotMinutes = form.getSlotMinutes();
        this.capacity = form.getCapacity();
        this.venueId = form.getVenueId();
        this.languages = String.join(",", form.getLanguages());
        this.active = form.isActive();
    }

    RulePlan plan() {
        return new RulePlan(weekday == null ? null : DayOfWeek.of(weekday), everyWeeks, onDate, validFrom, validUntil,
                startTime, endTime, slotMinutes);
    }

    ScheduleRuleForm toForm() {
        ScheduleRuleForm form = new ScheduleRuleForm();
        form.setId(id);
        form.setVersion(version);
        form.setOfficeId(officeId);
        form.setOneOff("ONE_OFF".equals(kind));
        form.setWeekday(weekday == null ? null : DayOfWeek.of(weekday));
        form.setEveryWeeks(everyWeeks);
        form.setOnDate(onDate);
        form.setValidFrom(validFrom);
        form.setValidUntil("ONE_OFF".equals(kind) ? null : validUntil);
        form.setStart(startTime);
        form.setEnd(endTime);
        form.setSlotMinutes(slotMinutes);
        form.setCapacity(capacity);
        form.setVenueId(venueId);
        form.setLanguages(new java.util.LinkedHashSet<>(languageList()));
        form.setActive(active);
        return form;
    }

    java.util.List<String> languageList() {
        return languages.isBlank() ? java.util.List.of() : java.util.List.of(languages.split(","));
    }

    Long getId() {
        return id;
    }

    long getOfficeId() {
        return officeId;
    }

    long getVersion() {
        return version;
    }

    boolean isActive() {
        return active;
    }

    int getCapacity() {
        return capacity;
    }

    @Nullable Long getVenueId() {
        return venueId;
    }

    String getLanguages() {
        return languages;
    }
}
