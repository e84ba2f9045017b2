package de.lokalwillkommen.volunteer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** An offer of help: who, what, in which languages, where and when, and how far staff have vetted it. */
@Entity
@Table(name = "volunteer_offer")
class VolunteerOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String reference;

    @Column(name = "manage_token", unique = true)
    private @Nullable String manageToken;

    @Column(name = "idempotency_key", unique = true)
    private @Nullable String idempotencyKey;

    @Column(name = "ui_language", nullable = false)
    private String uiLanguage;

    private @Nullable String name;
    private @Nullable String email;
    private @Nullable String phone;

    @Column(name = "whole_city", nullable = false)
    private boolean wholeCity;

    @Column(name = "other_help")
    private @Nullable String otherHelp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Rhythm rhythm;

    @Column(name = "available_from", nullable = false)
    private LocalDate availableFrom;

    @Column(name = "available_until")
    private @Nullable LocalDate availableUntil;

    private @Nullable String message;

    @Column(name = "consent_at")
    private @Nullable LocalDateTime consentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VolunteerStatus status = VolunteerStatus.NEW;

    @Column(name = "paused_by_volunteer", nullable = false)
    private boolean pausedByVolunteer;

    @Column(name = "certificate_seen_on")
    private @Nullable LocalDate certificateSeenOn;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** The last activity: registration, an update by the volunteer or staff, a status change, a note. */
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "erased_at")
    private @Nullable LocalDateTime erasedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "volunteer_offer_help", joinColumns = @JoinColumn(name = "offer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "help_type", nullable = false)
    @BatchSize(size = 100)
    private Set<HelpType> helpTypes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "volunteer_offer_language", joinColumns = @JoinColumn(name = "offer_id"))
    @BatchSize(size = 100)
    private Set<OfferLanguage> languages = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "volunteer_offer_district", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "district_id", nullable = false)
    @BatchSize(size = 100)
    private Set<Long> districtIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "volunteer_offer_time", joinColumns = @JoinColumn(name = "offer_id"))
    @BatchSize(size = 100)
    private Set<OfferTime> times = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "volunteer_offer_note", joinColumns = @JoinColumn(name = "offer_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<Note> notes = new ArrayList<>();

    protected VolunteerOffer() {
    }

    VolunteerOffer(String reference, String manageToken, OfferRequest request, LocalDateTime now) {
        this.reference = reference;
        this.manageToken = manageToken;
        this.idempotencyKey = request.idempotencyKey();
        this.uiLanguage = request.uiLanguage();
        this.consentAt = request.consent() ? now : null;
        this.createdAt = now;
        apply(request, now);
    }

    /** Takes over what the volunteer typed (registration or an update through the personal link). */
    void apply(OfferRequest request, LocalDateTime now) {
        this.name = request.name().strip();
        this.email = VolunteerRules.normalisedEmail(request.email());
        this.phone = VolunteerRules.normalisedPhone(request.phone());
        this.helpTypes = new HashSet<>(request.helpTypes());
        this.otherHelp = request.helpTypes().contains(HelpType.OTHER) ? VolunteerRules.blankToNull(request.otherHelp())
                : null;
        this.languages = request.languages().stream().map(OfferLanguage::new).collect(Collectors.toCollection(HashSet::new));
        this.districtIds = new HashSet<>(request.districtIds());
        this.wholeCity = request.wholeCity();
        this.times = request.times().stream().map(OfferTime::new).collect(Collectors.toCollection(HashSet::new));
        this.rhythm = request.rhythm();
        this.availableFrom = request.availableFrom();
        this.availableUntil = request.availableUntil();
        this.message = VolunteerRules.blankToNull(request.message());
        this.updatedAt = now;
    }

    void changeStatus(VolunteerStatus target, boolean byVolunteer, LocalDateTime now) {
        this.status = target;
        this.pausedByVolunteer = target == VolunteerStatus.PAUSED && byVolunteer;
        this.updatedAt = now;
    }

    void addNote(String body, String author, LocalDateTime now) {
        notes.add(new Note(body, author, now));
        this.updatedAt = now;
    }

    /** Something happened with the offer (a match, an assignment): it counts as activity for the retention. */
    void touch(LocalDateTime now) {
        this.updatedAt = now;
    }

    void certificateSeen(@Nullable LocalDate on, LocalDateTime now) {
        this.certificateSeenOn = on;
        this.updatedAt = now;
    }

    /**
     * Takes in a duplicate registration of the same person: what either offers, speaks, serves or when
     * either can; the notes of both; contact details this one lacks; the later certificate date.
     */
    void absorb(VolunteerOffer duplicate, LocalDateTime now) {
        helpTypes.addAll(duplicate.helpTypes);
        if (otherHelp == null) {
            otherHelp = duplicate.otherHelp;
        }
        Map<String, SpokenLanguage> merged = new LinkedHashMap<>();
        for (OfferLanguage language : languages) {
            merged.put(language.toSpoken().code(), language.toSpoken());
        }
        for (OfferLanguage language : duplicate.languages) {
            SpokenLanguage theirs = language.toSpoken();
            SpokenLanguage ours = merged.get(theirs.code());
            merged.put(theirs.code(), ours == null ? theirs : new SpokenLanguage(theirs.code(),
                    ours.level().compareTo(theirs.level()) <= 0 ? ours.level() : theirs.level(),
                    ours.interprets() || theirs.interprets()));
        }
        languages = merged.values().stream().map(OfferLanguage::new).collect(Collectors.toCollection(HashSet::new));
        districtIds.addAll(duplicate.districtIds);
        wholeCity = wholeCity || duplicate.wholeCity;
        times.addAll(duplicate.times);
        if (email == null) {
            email = duplicate.email;
        }
        if (phone == null) {
            phone = duplicate.phone;
        }
        if (message == null) {
            message = duplicate.message;
        }
        if (duplicate.availableFrom.isBefore(availableFrom)) {
            availableFrom = duplicate.availableFrom;
        }
        if (availableUntil != null) {
            availableUntil = duplicate.availableUntil == null || duplicate.availableUntil.isAfter(availableUntil)
                    ? duplicate.availableUntil : availableUntil;
        }
        if (duplicate.rhythm == Rhythm.REGULAR) {
            rhythm = Rhythm.REGULAR;
        }
        if (duplicate.certificateSeenOn != null
                && (certificateSeenOn == null || duplicate.certificateSeenOn.isAfter(certificateSeenOn))) {
            certificateSeenOn = duplicate.certificateSeenOn;
        }
        List<Note> all = new ArrayList<>(notes);
        all.addAll(duplicate.notes);
        all.sort(Comparator.comparing(n -> n.toView().writtenAt()));
        notes.clear();
        notes.addAll(all);
        updatedAt = now;
    }

    /**
     * Erases everything that says who the volunteer is or how to reach them, and what they wrote or staff
     * noted; what they offered and where stays for the network's figures. The personal link stops working.
     */
    void erasePersonalData(LocalDateTime now) {
        name = null;
        email = null;
        phone = null;
        message = null;
        otherHelp = null;
        manageToken = null;
        idempotencyKey = null;
        certificateSeenOn = null;
        consentAt = null;
        languages.clear();
        times.clear();
        notes.clear();
        erasedAt = now;
        updatedAt = now;
    }

    boolean isErased() {
        return erasedAt != null;
    }

    OfferDetails toDetails() {
        return new OfferDetails(id, reference, manageToken, status, name, email, phone,
                helpTypes.isEmpty() ? Set.of() : EnumSet.copyOf(helpTypes), otherHelp,
                languages.stream().map(OfferLanguage::toSpoken)
                        .sorted(Comparator.comparing(SpokenLanguage::level).thenComparing(SpokenLanguage::code)).toList(),
                Set.copyOf(districtIds), wholeCity,
                times.stream().map(OfferTime::toSlot).collect(Collectors.toUnmodifiableSet()), rhythm, availableFrom,
                availableUntil, message, uiLanguage, pausedByVolunteer, certificateSeenOn,
                notes.stream().map(Note::toView).toList(), createdAt, updatedAt, erasedAt != null);
    }

    Long getId() {
        return id;
    }

    String getReference() {
        return reference;
    }

    @Nullable String getManageToken() {
        return manageToken;
    }

    @Nullable String getName() {
        return name;
    }

    @Nullable String getEmail() {
        return email;
    }

    @Nullable String getPhone() {
        return phone;
    }

    String getUiLanguage() {
        return uiLanguage;
    }

    VolunteerStatus getStatus() {
        return status;
    }

    boolean isPausedByVolunteer() {
        return pausedByVolunteer;
    }

    Set<HelpType> getHelpTypes() {
        return helpTypes;
    }

    Set<Long> getDistrictIds() {
        return districtIds;
    }

    boolean isWholeCity() {
        return wholeCity;
    }

    @Nullable LocalDate getCertificateSeenOn() {
        return certificateSeenOn;
    }

    LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
