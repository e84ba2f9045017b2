package de.lokalwillkommen.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A consultation booked into a slot: what it is about, in which language, and how to reach the person. */
@Entity
class Booking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slot_id", nullable = false)
    private long slotId;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "manage_token", nullable = false, unique = true)
    private String manageToken;

    @Column(name = "idempotency_key", unique = true)
    private @Nullable String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Topic topic;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private boolean interpreter;

    @Column(nullable = false)
    private int persons;

    private @Nullable String name;
    private @Nullable String phone;
    private @Nullable String email;

    @Column(name = "device_id")
    private @Nullable String deviceId;

    /** A keyed hash of the client key (address or IPv6 /64) the booking came from; never the address. */
    @Column(name = "client_hash")
    private @Nullable String clientHash;

    /** The phone number as the limits count it (E.164). */
    @Column(name = "phone_key")
    private @Nullable String phoneKey;

    /** The e-mail address as the limits count it (lower case, without +tag). */
    @Column(name = "email_key")
    private @Nullable String emailKey;

    @Column(name = "consent_at")
    private @Nullable LocalDateTime consentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BookingStatus status = BookingStatus.BOOKED;

    @Column(name = "cancel_reason")
    private @Nullable String cancelReason;

    private @Nullable String note;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected Booking() {
    }

    Booking(long slotId, long officeId, String code, String manageToken, BookingRequest request, Contact contact,
            Channel channel, LocalDateTime now) {
        this.slotId = slotId;
        this.officeId = officeId;
        this.code = code;
        this.manageToken = manageToken;
        this.idempotencyKey = request.idempotencyKey();
        this.topic = request.topic();
        this.language = request.language();
        this.interpreter = request.interpreter();
        this.persons = request.persons();
        this.name = request.name().strip();
        this.phone = BookingRules.normalisedPhone(request.phone());
        this.phoneKey = contact.phone();
        this.email = BookingRules.normalisedEmail(request.email());
        this.emailKey = contact.emailKey();
        this.clientHash = contact.clientHash();
        this.deviceId = request.deviceId();
        this.consentAt = request.consent() ? now : null;
        this.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        this.channel = channel;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * The booker's contact and client as the limits count them.
     *
     * @param phone E.164
     */
    record Contact(@Nullable String phone, @Nullable String emailKey, @Nullable String clientHash) {
    }

    void cancel(@Nullable String reason, LocalDateTime now) {
        this.status = BookingStatus.CANCELLED;
        this.cancelReason = reason;
        this.updatedAt = now;
    }

    void mark(BookingStatus newStatus, LocalDateTime now) {
        this.status = newStatus;
        this.updatedAt = now;
    }

    void moveTo(long newSlotId, LocalDateTime now) {
        this.slotId = newSlotId;
        this.updatedAt = now;
    }

    boolean isActive() {
        return status == BookingStatus.BOOKED;
    }

    Long getId() {
        return id;
    }

    long getSlotId() {
        return slotId;
    }

    long getOfficeId() {
        return officeId;
    }

    String getCode() {
        return code;
    }

    String getManageToken() {
        return manageToken;
    }

    BookingStatus getStatus() {
        return status;
    }

    Topic getTopic() {
        return topic;
    }

    String getLanguage() {
        return language;
    }

    boolean isInterpreter() {
        return interpreter;
    }

    int getPersons() {
        return persons;
    }

    @Nullable String getName() {
        return name;
    }

    @Nullable String getPhone() {
        return phone;
    }

    @Nullable String getEmail() {
        return email;
    }

    @Nullable String getNote() {
        return note;
    }

    @Nullable String getCancelReason() {
        return cancelReason;
    }

    @Nullable String getDeviceId() {
        return deviceId;
    }

    @Nullable String getClientHash() {
        return clientHash;
    }

    Channel getChannel() {
        return channel;
    }

    LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
