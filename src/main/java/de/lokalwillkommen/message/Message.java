package de.lokalwillkommen.message;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A message to an office's team and the team's work on it. */
@Entity
class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The office written to; null for a report to the coordination (category ACCESSIBILITY). */
    @Column(name = "office_id")
    private @Nullable Long officeId;

    @Column(nullable = false, unique = true)
    private String reference;

    @Column(name = "idempotency_key", nullable = false, unique = true)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageCategory category;

    private @Nullable String body;

    @Column(name = "answer_language", nullable = false)
    private String answerLanguage;

    @Column(name = "contact_name")
    private @Nullable String contactName;

    @Column(name = "contact_phone")
    private @Nullable String contactPhone;

    @Column(name = "contact_email")
    private @Nullable String contactEmail;

    @Column(name = "consent_at", nullable = false)
    private LocalDateTime consentAt;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageStatus status = MessageStatus.NEW;

    @Column(name = "assignee_id")
    private @Nullable Long assigneeId;

    @Column(name = "closed_at")
    private @Nullable LocalDateTime closedAt;

    @Column(name = "anonymised_at")
    private @Nullable LocalDateTime anonymisedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "message_id", nullable = false)
    @OrderBy("writtenAt")
    private List<MessageNote> notes = new ArrayList<>();

    /** The writer's personal link (256 random bits); null once erased, so the link then finds nothing. */
    @Column(name = "link_token")
    private @Nullable String linkToken;

    @Column(name = "first_answer_at")
    private @Nullable LocalDateTime firstAnswerAt;

    @Column(name = "last_answer_at")
    private @Nullable LocalDateTime lastAnswerAt;

    @Column(name = "writer_seen_at")
    private @Nullable LocalDateTime writerSeenAt;

    @Version
    private long version;

    protected Message() {
    }

    Message(@Nullable Long officeId, String reference, String linkToken, MessageRequest request, LocalDateTime now) {
        this.officeId = officeId;
        this.linkToken = linkToken;
        this.reference = reference;
        this.idempotencyKey = request.idempotencyKey();
        this.category = request.category();
        this.body = request.text().strip();
        this.answerLanguage = request.answerLanguage();
        this.contactName = blankToNull(request.name());
        this.contactPhone = blankToNull(request.phone());
        this.contactEmail = blankToNull(request.email());
        this.consentAt = now;
        this.receivedAt = now;
    }

    void moveTo(MessageStatus next, LocalDateTime now) {
        this.status = next;
        this.closedAt = next == MessageStatus.CLOSED ? now : null;
    }

    void assignTo(@Nullable Long staffId) {
        this.assigneeId = staffId;
    }

    void addNote(String author, String text, LocalDateTime now) {
        notes.add(new MessageNote(author, text.strip(), now));
    }

    Long getId() {
        return id;
    }

    @Nullable Long getOfficeId() {
        return officeId;
    }

    String getReference() {
        return reference;
    }

    MessageCategory getCategory() {
        return category;
    }

    String getAnswerLanguage() {
        return answerLanguage;
    }

    LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    @Nullable String getLinkToken() {
        return linkToken;
    }

    @Nullable String getBody() {
        return body;
    }

    @Nullable String getContactEmail() {
        return contactEmail;
    }

    MessageStatus getStatus() {
        return status;
    }

    @Nullable LocalDateTime getLastAnswerAt() {
        return lastAnswerAt;
    }

    @Nullable LocalDateTime getWriterSeenAt() {
        return writerSeenAt;
    }

    boolean isAnonymised() {
        return anonymisedAt != null;
    }

    long getVersion() {
        return version;
    }

    MessageSummary toSummary() {
        return new MessageSummary(id, reference, receivedAt, category, answerLanguage, status, assigneeId);
    }

    MessageDetails toDetails() {
        return toDetails(List.of());
    }

    /** With the conversation after the first message (answers and replies, authors named for the team). */
    MessageDetails toDetails(List<ThreadEntry> replies) {
        return new MessageDetails(id, officeId, reference, receivedAt, category, body, answerLanguage, contactName,
                contactPhone, contactEmail, status, assigneeId, anonymisedAt != null,
                notes.stream().map(MessageNote::toView).toList(), version, replies);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
