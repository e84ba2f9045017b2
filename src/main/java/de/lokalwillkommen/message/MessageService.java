package de.lokalwillkommen.message;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.audit.AuditAction;
import de.lokalwillkommen.base.audit.AuditLog;
import de.lokalwillkommen.base.client.ClientKey;
import de.lokalwillkommen.base.client.ClientKeys;
import de.lokalwillkommen.base.security.OfficeAccess;
import de.lokalwillkommen.base.security.SignedInStaff;
import de.lokalwillkommen.base.security.StaffDirectory;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sending a message to an office (anyone, no account) and working the office's inbox (its staff and the
 * coordination only). Refusals are {@link UserFacingException}s with a translation key.
 */
@Service
public class MessageService {

    /** No 0/O, 1/I/L: the reference is read out on the phone. */
    /** The record type in the audit log. */
    static final String RECORD = "message";

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private final MessageRepository messages;
    private final MessageReplyRepository replies;
    private final OfficeService offices;
    private final OfficeAccess access;
    private final StaffDirectory staff;
    private final FloodGuard flood;
    private final ClientKeys clientKeys;
    private final ApplicationEventPublisher events;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    MessageService(MessageRepository messages, MessageReplyRepository replies, OfficeService offices, OfficeAccess access, StaffDirectory staff,
            FloodGuard flood, ClientKeys clientKeys, ApplicationEventPublisher events, MunicipalityProperties municipality, Clock clock,
            PlatformTransactionManager transactions, AuditLog audit) {
        this.audit = audit;
        this.messages = messages;
        this.replies = replies;
        this.offices = offices;
        this.access = access;
        this.staff = staff;
        this.flood = flood;
        this.clientKeys = clientKeys;
        this.events = events;
        this.municipality = municipality;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Whether this client address has used half of its attempts: its proof of work costs more now. */
    public boolean unusualLoad(@Nullable String clientAddress) {
        ClientKey client = clientKeys.of(clientAddress);
        return client != null && flood.isBusy(client);
    }

    /** Sends a message; the same idempotency key always returns the first message's receipt. */
    public MessageReceipt send(MessageRequest request) {
        OfficeDetails office = offices.findBySlug(request.officeSlug())
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        Optional<MessageReceipt> earlier = receiptFor(request.idempotencyKey(), office);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String problem = MessageRules.problemWith(request);
        if (problem != null) {
            throw new UserFacingException(problem);
        }
        ClientKey client = clientKeys.of(request.clientKey());
        if (client != null && !flood.tryAcquire(client)) {
            throw new UserFacingException("message.error.tooMany");
        }
        try {
            Message saved = transaction.execute(status -> {
                Message message = messages.save(new Message(office.id(), newReference(), newLinkToken(), request, now()));
                events.publishEvent(new MessageEvents.MessageReceived(message.getId(), office.id(),
                        message.getCategory(), message.getAnswerLanguage(), message.getReceivedAt()));
                return message;
            });
            return receipt(saved, office.name());
        } catch (DataIntegrityViolationException duplicate) {
            // The same form raced itself (double tap): the first one was saved.
            return receiptFor(request.idempotencyKey(), office).orElseThrow(() -> duplicate);
        }
    }

    /** The office's messages in the given states, newest first. */
    @Transactional(readOnly = true)
    public List<MessageSummary> inbox(@Nullable Long officeId, Collection<MessageStatus> states, int offset, int limit) {
        requireInbox(officeId);
        // The list holds no personal data (no text, no sender), so only opening a message is audited.
        return messages.findByOfficeIdAndStatusInOrderByReceivedAtDesc(officeId, states,
                PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1))).stream().map(Message::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public long count(@Nullable Long officeId, Collection<MessageStatus> states) {
        requireInbox(officeId);
        return messages.countByOfficeIdAndStatusIn(officeId, states);
    }

    @Transactional(readOnly = true)
    public MessageDetails open(@Nullable Long officeId, long messageId) {
        requireInbox(officeId);
        MessageDetails details = details(find(officeId, messageId));
        audit.viewed(RECORD, List.of(messageId), officeId);
        return details;
    }

    @Transactional
    public MessageDetails changeStatus(@Nullable Long officeId, long messageId, long version, MessageStatus status) {
        requireInbox(officeId);
        Message message = current(officeId, messageId, version);
        message.moveTo(status, now());
        audit.changed(AuditAction.CHANGE, RECORD, messageId, officeId, "status " + status);
        return flushed(message);
    }

    /** Gives the message to a member of the office's team, or to nobody ({@code staffId} null). */
    @Transactional
    public MessageDetails assign(@Nullable Long officeId, long messageId, long version, @Nullable Long staffId) {
        requireInbox(officeId);
        if (staffId != null && teamOf(officeId).stream().noneMatch(m -> m.id() == staffId)) {
            throw new UserFacingException("validation.invalidForm");
        }
        Message message = current(officeId, messageId, version);
        message.assignTo(staffId);
        if (message.getStatus() == MessageStatus.NEW && staffId != null) {
            message.moveTo(MessageStatus.IN_PROGRESS, now());
        }
        audit.changed(AuditAction.CHANGE, RECORD, messageId, officeId, staffId == null ? "unassigned" : "assigned");
        return flushed(message);
    }

    @Transactional
    public MessageDetails addNote(@Nullable Long officeId, long messageId, String text) {
        SignedInStaff author = requireInbox(officeId);
        if (text.isBlank() || text.strip().length() > MessageRules.NOTE_MAX) {
            throw new UserFacingException("message.error.note");
        }
        Message message = find(officeId, messageId);
        message.addNote(author.displayName(), text, now());
        audit.changed(AuditAction.CHANGE, RECORD, messageId, officeId, "note added");
        return flushed(message);
    }

    /** The team members a message can be assigned to. */
    @Transactional(readOnly = true)
    public List<StaffDirectory.StaffMember> team(@Nullable Long officeId) {
        requireInbox(officeId);
        return teamOf(officeId);
    }

    private Optional<MessageReceipt> receiptFor(String idempotencyKey, OfficeDetails office) {
        return messages.findByIdempotencyKey(idempotencyKey).filter(m -> Objects.equals(m.getOfficeId(), office.id()))
                .map(m -> receipt(m, office.name()));
    }

    /**
     * Sends a report of an accessibility barrier (category ACCESSIBILITY) or of a translation problem
     * (TRANSLATION) to the coordination's own inbox: it concerns the whole app, not one office. Only ADMIN can
     * open that inbox ({@code officeId} null).
     */
    public MessageReceipt sendToCoordination(MessageRequest request) {
        if (request.category() == null || !request.category().forCoordination()) {
            throw new UserFacingException("message.error.category");
        }
        String coordination = municipality.coordinationName();
        Optional<MessageReceipt> earlier = messages.findByIdempotencyKey(request.idempotencyKey())
                .filter(m -> m.getOfficeId() == null).map(m -> receipt(m, coordination));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String problem = MessageRules.problemWith(request);
        if (problem != null) {
            throw new UserFacingException(problem);
        }
        if (request.clientKey() != null && !flood.tryAcquire(request.clientKey())) {
            throw new UserFacingException("message.error.tooMany");
        }
        try {
            Message saved = transaction.execute(status -> messages.save(new Message(null, newReference(), newLinkToken(), request, now())));
            return receipt(saved, coordination);
        } catch (DataIntegrityViolationException duplicate) {
            return messages.findByIdempotencyKey(request.idempotencyKey())
                    .map(m -> receipt(m, coordination)).orElseThrow(() -> duplicate);
        }
    }

    /** The municipality's name, as the category "I am new in {0}" says it. */
    public String municipalityName() {
        return municipality.name();
    }

    /** An office's inbox: its staff and the coordination; the coordination's own inbox (null): ADMIN only. */
    SignedInStaff requireInbox(@Nullable Long officeId) {
        if (officeId != null) {
            return access.requireOffice(officeId);
        }
        SignedInStaff signedIn = access.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!signedIn.isAdmin()) {
            throw new AccessDeniedException("the coordination's inbox");
        }
        return signedIn;
    }

    /** Who a message can be given to: the office's team; the coordination's messages stay unassigned. */
    private List<StaffDirectory.StaffMember> teamOf(@Nullable Long officeId) {
        return officeId == null ? List.of() : staff.membersOf(officeId);
    }

    /** A message of this office only: another office's id answers "not found", never its content. */
    Message find(@Nullable Long officeId, long messageId) {
        return messages.findByIdAndOfficeId(messageId, officeId).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private Message current(@Nullable Long officeId, long messageId, long version) {
        Message message = find(officeId, messageId);
        if (message.getVersion() != version) {
            throw new UserFacingException("error.changedMeanwhile");
        }
        return message;
    }

    /** The message with its whole conversation, for the team (staff names included, never to the writer). */
    MessageDetails details(Message message) {
        return message.toDetails(replies.findByMessageIdOrderByIdAsc(message.getId()).stream()
                .map(r -> r.toEntry(true)).toList());
    }

    private MessageDetails flushed(Message message) {
        try {
            return details(messages.saveAndFlush(message));
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException("error.changedMeanwhile");
        }
    }

    /** A retried form gets the same receipt; an erased conversation's link is gone (empty token). */
    private static MessageReceipt receipt(Message message, String officeName) {
        String token = message.getLinkToken();
        return new MessageReceipt(message.getReference(), officeName, token == null ? "" : token);
    }

    /** 256 random bits, URL-safe: whoever has the link reads the conversation, so it cannot be guessed. */
    private String newLinkToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String newReference() {
        String reference;
        do {
            StringBuilder code = new StringBuilder("N-");
            for (int i = 0; i < 6; i++) {
                code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            reference = code.toString();
        } while (messages.existsByReference(reference));
        return reference;
    }

    private LocalDateTime now() {
        return municipality.now(clock);
    }
}
